/**
 * Breaking ties exactly as the event declared before scoring. Teams whose means are exactly equal are
 * compared by the first rule; those still level go on to the next rule, and so on. Every application
 * is written to the trail (which teams, which rule, the values compared, the groups it left), so the
 * berita acara can show how each tie was settled. Teams level after the last rule share a rank.
 */
import type { TieBreakRule } from '#shared/event.ts';
import { compareFractions } from '#shared/results/exact-compare.ts';
import type { DrawRecord, TieBreakStep } from '#shared/results/results-schema.ts';
import type { TeamStats } from '#shared/results/team-stats.ts';
import type { CriterionPlan } from '#shared/results/total-plan.ts';

export interface TieContext {
  teamIds: readonly string[];
  stats: readonly TeamStats[];
  criteria: readonly CriterionPlan[];
  draws: readonly DrawRecord[];
}

interface Applied {
  /** Sign of a − b, where negative puts team a first. */
  compare: (a: number, b: number) => number;
  value: (t: number) => number | null;
  draw?: DrawRecord | null;
}

/** Orders a group of exactly tied teams (indices) into groups, best first, appending to `trail`. */
export function breakTie(
  group: readonly number[],
  rules: readonly TieBreakRule[],
  context: TieContext,
  trail: TieBreakStep[],
): number[][] {
  const [rule, ...rest] = rules;
  if (group.length < 2 || !rule) return [[...group]];
  const applied = applyRule(rule, group, context);
  const sorted = [...group].sort(applied.compare);
  const groups: number[][] = [];
  for (const t of sorted) {
    const last = groups.at(-1);
    const first = last?.[0];
    if (last && first !== undefined && applied.compare(first, t) === 0) last.push(t);
    else groups.push([t]);
  }
  const name = (t: number) => context.teamIds[t] ?? '';
  trail.push({
    teamIds: group.map(name),
    rule,
    values: group.map((t) => ({ teamId: name(t), value: applied.value(t) })),
    groups: groups.map((g) => g.map(name)),
    ...(rule.kind === 'draw' ? { draw: applied.draw ?? null } : {}),
  });
  return groups.flatMap((g) => breakTie(g, rest, context, trail));
}

function applyRule(rule: TieBreakRule, group: readonly number[], context: TieContext): Applied {
  const stats = (t: number) => context.stats[t];
  switch (rule.kind) {
    case 'criterion': {
      const c = context.criteria.findIndex((criterion) => criterion.id === rule.criterionId);
      const plan = context.criteria[c];
      const sum = (t: number) => stats(t)?.stepSums[c] ?? 0;
      const count = (t: number) => stats(t)?.counted ?? 1;
      return {
        // Higher mean step first, compared as exact fractions Σstep / counted.
        compare: (a, b) => compareFractions(sum(b), count(b), sum(a), count(a)),
        value: (t) => (plan ? plan.scale.min + (plan.scale.step * sum(t)) / count(t) : null),
      };
    }
    case 'fewer-conflicts':
      return {
        compare: (a, b) => (stats(a)?.conflicts ?? 0) - (stats(b)?.conflicts ?? 0),
        value: (t) => stats(t)?.conflicts ?? 0,
      };
    case 'draw': {
      const ids = group.map((t) => context.teamIds[t] ?? '');
      const draw = context.draws.find((d) => ids.every((id) => d.teamIds.includes(id))) ?? null;
      // Without a record the draw has not happened yet: the teams stay level and share a rank.
      const place = (t: number) => (draw ? draw.teamIds.indexOf(context.teamIds[t] ?? '') + 1 : null);
      return { compare: (a, b) => (place(a) ?? 0) - (place(b) ?? 0), value: place, draw };
    }
  }
}
