/**
 * Scoring maths. A weighted total maps every criterion linearly onto 0–100 (scale min → 0, max → 100),
 * so rubrics with different scales and weights stay comparable; weights are relative, not percentages.
 * The tablet's score sheet and the results use the same exact total (results/total-plan.ts).
 */

import type { Rubric, Scale } from '#shared/event.ts';
import { type Lang, localeTag } from '#shared/locale.ts';
import { stepCount } from '#shared/results/scale-steps.ts';
import { planTotals, sheetTotal, UNITS_PER_POINT } from '#shared/results/total-plan.ts';

/**
 * Whether a value lies exactly on the scale: counted in whole steps from min, it must be the very
 * value scaleValues offers for that step — the only values a juror can tap. No tolerance: 5.0000004
 * on a 1–10 scale is refused, and so is float residue such as 0.1 + 0.2 where the tablet offers 0.3.
 * (Every value accepted here has a step in results/scale-steps.ts, which the exact totals count in.)
 */
export function isValidScore(scale: Scale, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const step = Math.round((value - scale.min) / scale.step);
  return step >= 0 && step <= stepCount(scale) && value === scaleValueAt(scale, step);
}

/** Every value a juror can tap, in order. */
export function scaleValues(scale: Scale): number[] {
  return Array.from({ length: stepCount(scale) + 1 }, (_, i) => scaleValueAt(scale, i));
}

/** The value `step` whole steps above min, as the tablet shows and stores it. */
function scaleValueAt(scale: Scale, step: number): number {
  const exact = scale.min + step * scale.step;
  const tidy = roundTo(exact, 6);
  // Six decimals hide float residue (0.30000000000000004 → 0.3) but would move a value off a finer
  // or recurring step (1/3 → 0.333333): keep the exact value there.
  return Math.abs(tidy - exact) <= scale.step * 1e-9 ? tidy : exact;
}

export interface WeightedTotal {
  /** 0–100; criteria not yet scored contribute nothing. */
  total: number;
  /** Number of criteria scored. */
  scored: number;
  complete: boolean;
}

/** The exact total of results/total-plan.ts (six decimals, rounded half up); off-scale values do not count. */
export function weightedTotal(
  rubric: Pick<Rubric, 'criteria'>,
  scores: Readonly<Record<string, number>>,
): WeightedTotal {
  const { units, scored, complete } = sheetTotal(planTotals(rubric.criteria), scores);
  return { total: units / UNITS_PER_POINT, scored, complete };
}

/** A total as shown to people: two decimals, Indonesian or English separators. */
export function formatTotal(total: number, lang: Lang): string {
  return total.toLocaleString(localeTag(lang), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Each criterion's share of the weighted total (0–1, summing to 1), in rubric order: weights are
 * relative, so a criterion weighted 30 beside four weighted 17.5 carries 30 % of the total.
 */
export function criterionShares(
  criteria: readonly Pick<Rubric['criteria'][number], 'id' | 'weight'>[],
): Map<string, number> {
  const sum = criteria.reduce((acc, c) => acc + c.weight, 0);
  return new Map(criteria.map((c) => [c.id, sum > 0 ? c.weight / sum : 0]));
}
