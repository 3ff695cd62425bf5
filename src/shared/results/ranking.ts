/**
 * The official order: teams by mean total (exact: Σunits / counted compared as fractions), exact ties
 * settled by the declared rules (tie-break.ts). Teams with no counted sheet yet come last, unranked.
 * Ranks are shared by teams left level ("1, 1, 3"). The z-score order is computed beside it for
 * comparison; it never decides a rank or a Top N group.
 */
import type { TieBreakRule } from '#shared/event.ts';
import { compareFractions } from '#shared/results/exact-compare.ts';
import type { TieBreakStep } from '#shared/results/results-schema.ts';
import { breakTie, compileRules, type TieContext } from '#shared/results/tie-break.ts';

export interface Ranking {
  /** Team indices, best first; teams in one inner list share a rank. Unranked teams are not here. */
  groups: number[][];
  unranked: number[];
  trail: TieBreakStep[];
}

export function rankTeams(rules: readonly TieBreakRule[], context: TieContext): Ranking {
  const { stats } = context;
  const indices = context.teamIds.map((_, t) => t);
  const byMean = (a: number, b: number) =>
    compareFractions(
      stats[b]?.sumUnits ?? 0,
      stats[b]?.counted ?? 1,
      stats[a]?.sumUnits ?? 0,
      stats[a]?.counted ?? 1,
    );
  const ranked = indices.filter((t) => (stats[t]?.counted ?? 0) > 0).sort(byMean);
  const compiled = compileRules(rules, context);
  const trail: TieBreakStep[] = [];
  const groups: number[][] = [];
  for (let start = 0; start < ranked.length; ) {
    let end = start + 1;
    while (end < ranked.length && byMean(ranked[start] ?? 0, ranked[end] ?? 0) === 0) end++;
    groups.push(...breakTie(ranked.slice(start, end), rules, compiled, context, trail));
    start = end;
  }
  // Teams still in the competition first, then the withdrawn (whose sheets never count).
  const unranked = indices.filter((t) => (stats[t]?.counted ?? 0) === 0);
  const withdrawn = context.withdrawn;
  return {
    groups,
    unranked: [
      ...unranked.filter((t) => withdrawn?.[t] !== 1),
      ...unranked.filter((t) => withdrawn?.[t] === 1),
    ],
    trail,
  };
}

/** Competition ranks by z mean (equal means share a rank); ties listed in the official order. */
export function rankByZ(
  official: readonly number[],
  zMeans: readonly (number | null)[],
): Map<number, number> {
  const ordered = official
    .filter((t) => zMeans[t] !== null && zMeans[t] !== undefined)
    .sort((a, b) => (zMeans[b] ?? 0) - (zMeans[a] ?? 0));
  const ranks = new Map<number, number>();
  ordered.forEach((t, i) => {
    const previous = ordered[i - 1];
    const shared = previous !== undefined && zMeans[previous] === zMeans[t];
    ranks.set(t, shared ? (ranks.get(previous) ?? i + 1) : i + 1);
  });
  return ranks;
}
