/**
 * Scoring maths. A weighted total maps every criterion linearly onto 0–100 (scale min → 0, max → 100),
 * so rubrics with different scales and weights stay comparable; weights are relative, not percentages.
 * The tablet's score sheet and the results use the same exact total (results/total-plan.ts).
 */

import type { Rubric, Scale } from '#shared/event.ts';
import { type Lang, localeTag } from '#shared/locale.ts';
import { stepIndex } from '#shared/results/scale-steps.ts';
import { planTotals, sheetTotal, UNITS_PER_POINT } from '#shared/results/total-plan.ts';

/** Whether a value lies on the scale: within [min, max] and on a step from min. */
export function isValidScore(scale: Scale, value: number): boolean {
  return stepIndex(scale, value) !== null;
}

/** Every value a juror can tap, in order. */
export function scaleValues(scale: Scale): number[] {
  const count = Math.round((scale.max - scale.min) / scale.step);
  return Array.from({ length: count + 1 }, (_, i) => {
    const exact = scale.min + i * scale.step;
    const tidy = roundTo(exact, 6);
    // Six decimals hide float residue (0.30000000000000004 → 0.3) but would move a value off a finer
    // or recurring step (1/3 → 0.333333), which isValidScore then refuses: keep the exact value there.
    return Math.abs(tidy - exact) <= scale.step * 1e-9 ? tidy : exact;
  });
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
