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
  /** Per team: 1 when withdrawn (listed after the other unranked teams). */
  withdrawn?: Uint8Array;
}

/** A rule ready to apply to a group: how it orders two teams and what it shows for one. */
interface Applied {
  /** Sign of a − b, where negative puts team a first. */
  compare: (a: number, b: number) => number;
  value: (t: number) => number | null;
  draw?: DrawRecord | null;
}

/** The declared rules, each prepared once per ranking (a national event has hundreds of ties). */
export type CompiledRules = readonly ((group: readonly number[]) => Applied)[];

export function compileRules(rules: readonly TieBreakRule[], context: TieContext): CompiledRules {
  return rules.map((rule) => {
    if (rule.kind === 'draw') return (group) => applyDraw(group, context);
    const applied =
      rule.kind === 'criterion' ? criterionRule(rule.criterionId, context) : fewerConflicts(context);
    return () => applied;
  });
}

/** Orders a group of exactly tied teams (indices) into groups, best first, appending to `trail`. */
export function breakTie(
  group: readonly number[],
  rules: readonly TieBreakRule[],
  compiled: CompiledRules,
  context: TieContext,
  trail: TieBreakStep[],
  from = 0,
): number[][] {
  const rule = rules[from];
  const prepare = compiled[from];
  if (group.length < 2 || !rule || !prepare) return [[...group]];
  const applied = prepare(group);
  const sorted = [...group].sort(applied.compare);
  const groups: number[][] = [];
  for (const t of sorted) {
    const last = groups.at(-1);
    const first = last?.[0];
    if (last && first !== undefined && applied.compare(first, t) === 0) last.push(t);
    else groups.push([t]);
  }
  // Loops and no named closure per call: a national event has hundreds of ties, and under tsx every
  // named function created also gets its name defined.
  const { teamIds } = context;
  const step: TieBreakStep = { teamIds: [], rule, values: [], groups: [] };
  for (const t of group) {
    const teamId = teamIds[t] ?? '';
    step.teamIds.push(teamId);
    step.values.push({ teamId, value: applied.value(t) });
  }
  for (const g of groups) step.groups.push(g.map((t) => teamIds[t] ?? ''));
  if (rule.kind === 'draw') step.draw = applied.draw ?? null;
  trail.push(step);
  return groups.flatMap((g) => breakTie(g, rules, compiled, context, trail, from + 1));
}

function criterionRule(criterionId: string, { stats, criteria }: TieContext): Applied {
  const c = criteria.findIndex((criterion) => criterion.id === criterionId);
  const scale = criteria[c]?.scale;
  const sum = (t: number) => stats[t]?.stepSums[c] ?? 0;
  const count = (t: number) => stats[t]?.counted ?? 1;
  return {
    // Higher mean step first, compared as exact fractions Σstep / counted.
    compare: (a, b) => compareFractions(sum(b), count(b), sum(a), count(a)),
    value: (t) => (scale ? scale.min + (scale.step * sum(t)) / count(t) : null),
  };
}

function fewerConflicts({ stats }: TieContext): Applied {
  const conflicts = (t: number) => stats[t]?.conflicts ?? 0;
  return { compare: (a, b) => conflicts(a) - conflicts(b), value: conflicts };
}

function applyDraw(group: readonly number[], { teamIds, draws }: TieContext): Applied {
  const ids = group.map((t) => teamIds[t] ?? '');
  // The latest record that orders all of these teams: a correction recorded later replaces the first.
  let draw: DrawRecord | null = null;
  for (const d of draws) if (ids.every((id) => d.teamIds.includes(id))) draw = d;
  // Without a record the draw has not happened yet: the teams stay level and share a rank.
  const order = draw?.teamIds;
  return {
    compare: (a, b) => (order ? order.indexOf(teamIds[a] ?? '') - order.indexOf(teamIds[b] ?? '') : 0),
    value: (t) => (order ? order.indexOf(teamIds[t] ?? '') + 1 : null),
    draw,
  };
}
