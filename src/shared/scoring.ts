/**
 * Scoring maths. A weighted total maps every criterion linearly onto 0–100 (scale min → 0, max → 100),
 * so rubrics with different scales and weights stay comparable; weights are relative, not percentages.
 */

import type { Rubric, Scale } from '#shared/event.ts';
import { type Lang, localeTag } from '#shared/locale.ts';

const EPSILON = 1e-9;

/** Whether a value lies on the scale: within [min, max] and on a step from min. */
export function isValidScore(scale: Scale, value: number): boolean {
  if (!Number.isFinite(value) || value < scale.min - EPSILON || value > scale.max + EPSILON) return false;
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
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

export function weightedTotal(
  rubric: Pick<Rubric, 'criteria'>,
  scores: Readonly<Record<string, number>>,
): WeightedTotal {
  const weightSum = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  let total = 0;
  let scored = 0;
  for (const c of rubric.criteria) {
    const value = scores[c.id];
    if (value === undefined) continue;
    scored += 1;
    const fraction = (value - c.scale.min) / (c.scale.max - c.scale.min);
    total += (fraction * c.weight) / weightSum;
  }
  return {
    total: clamp(roundTo(total * 100, 6), 0, 100),
    scored,
    complete: scored === rubric.criteria.length,
  };
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

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
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
