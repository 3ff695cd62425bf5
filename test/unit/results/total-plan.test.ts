import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '#shared/event.ts';
import { integerWeights } from '#shared/results/decimal-weight.ts';
import { stepIndex } from '#shared/results/scale-steps.ts';
import { planTotals, sheetTotal, UNITS_PER_POINT } from '#shared/results/total-plan.ts';
import { KIPP_MALANG, KIPP_NASIONAL } from '#shared/rubric-presets.ts';
import { scaleValues } from '#shared/scoring.ts';
import { criterion, scaleArb, scoredRubricArb } from '../rubric-arbitraries.ts';
import { tenPointRubric } from './results-fixtures.ts';

const units = (criteria: readonly Criterion[], scores: Record<string, number>) =>
  sheetTotal(planTotals(criteria), scores).units;

describe('exact sheet totals (integer units of 0.000001 point)', () => {
  it('KIPP Malang 10, 1, 7, 4, 10: steps 9+0+6+3+9 = 27 of 45 → exactly 60 points', () => {
    const [a, b, c, d, e] = KIPP_MALANG.criteria.map((k) => k.id);
    const scores = { [a ?? '']: 10, [b ?? '']: 1, [c ?? '']: 7, [d ?? '']: 4, [e ?? '']: 10 };
    expect(units(KIPP_MALANG.criteria, scores)).toBe(60_000_000);
  });

  it('KIPP Malang all 5: 20 of 45 = 44.4444444… → 44.444444 (rounded once, down here)', () => {
    const scores = Object.fromEntries(KIPP_MALANG.criteria.map((k) => [k.id, 5]));
    expect(units(KIPP_MALANG.criteria, scores)).toBe(44_444_444);
  });

  it('KIPP Malang all 8: 35 of 45 = 77.7777777… → 77.777778 (rounded up here)', () => {
    const scores = Object.fromEntries(KIPP_MALANG.criteria.map((k) => [k.id, 8]));
    expect(units(KIPP_MALANG.criteria, scores)).toBe(77_777_778);
  });

  it('rounds an exact half unit up: weights 1 and 511, only the first at max → 100/512 = 0.1953125', () => {
    // 0.1953125 points = 195,312.5 units: the stated rounding takes it to 195,313.
    const criteria = [
      criterion('a', 1, { min: 0, max: 1, step: 1 }),
      criterion('b', 511, { min: 0, max: 1, step: 1 }),
    ];
    expect(units(criteria, { a: 1, b: 0 })).toBe(195_313);
  });

  it('KIPP national 70/30: substance at max, delivery at min → exactly 70 points', () => {
    const scores = Object.fromEntries(KIPP_NASIONAL.criteria.map((k, i) => [k.id, i < 5 ? 10 : 1]));
    expect(units(KIPP_NASIONAL.criteria, scores)).toBe(70 * UNITS_PER_POINT);
  });

  it('gives equal totals equal units where summing floats does not: 5,0,0 and 2,1,2 of 0–10', () => {
    // Both are 5 of 30 steps = 16.666…67 points. Summing the weighted fractions in floating point gives
    // 16.666666666666664 for the first and 16.666666666666668 for the second: a rank flip waiting.
    const { criteria } = tenPointRubric(3);
    const naive = (values: number[]) => values.reduce((t, v) => t + ((v / 10) * 1) / 3, 0) * 100;
    expect(naive([5, 0, 0])).not.toBe(naive([2, 1, 2]));
    expect(units(criteria, { a: 5, b: 0, c: 0 })).toBe(16_666_667);
    expect(units(criteria, { a: 2, b: 1, c: 2 })).toBe(16_666_667);
  });

  it('reads weights as written: 0.1 and 0.3 are exactly 1 : 3, like 1 and 3', () => {
    expect(integerWeights([0.1, 0.3])).toEqual([1n, 3n]);
    expect(integerWeights([14, 14, 15])).toEqual([14n, 14n, 15n]);
    expect(integerWeights([30, 25, 15, 20, 10])).toEqual([6n, 5n, 3n, 4n, 2n]);
    expect(integerWeights([1e-7, 2.5e-7])).toEqual([2n, 5n]);
  });

  it('refuses scores off the scale or for criteria the rubric lacks, instead of counting them', () => {
    const total = sheetTotal(planTotals(KIPP_MALANG.criteria), { kebaruan: 11, efektif: 5.5, inovasi: 3 });
    expect(total.offScale).toEqual(['kebaruan', 'efektif']);
    expect(total.unknown).toEqual(['inovasi']);
  });
});

describe('exact sheet total properties', () => {
  /** The same total by a different road: one BigInt fraction per criterion, summed, then rounded. */
  function referenceUnits(criteria: readonly Criterion[], scores: Record<string, number>): number {
    const weights = integerWeights(criteria.map((c) => c.weight));
    const weightSum = weights.reduce((a, b) => a + b, 0n);
    let num = 0n;
    let den = 1n;
    criteria.forEach((c, i) => {
      const value = scores[c.id];
      const k = value === undefined ? 0 : (stepIndex(c.scale, value) ?? 0);
      const n = BigInt(Math.round((c.scale.max - c.scale.min) / c.scale.step));
      // num/den + wᵢ·k/n
      num = num * n + (weights[i] ?? 0n) * BigInt(k) * den;
      den *= n;
    });
    // round half up of 1e8 · num / (den · Σw)
    const d = den * weightSum;
    return Number((2n * 100_000_000n * num + d) / (2n * d));
  }

  it('equals an independent exact computation for any rubric and scores', () => {
    fc.assert(
      fc.property(scoredRubricArb, ({ criteria, scores }) => {
        expect(units(criteria, scores)).toBe(referenceUnits(criteria, scores));
      }),
    );
  });

  it('does not depend on the order of the criteria, to the unit', () => {
    const arb = scoredRubricArb.chain(({ criteria, scores }) =>
      fc
        .shuffledSubarray(criteria, { minLength: criteria.length })
        .map((shuffled) => ({ criteria, shuffled, scores })),
    );
    fc.assert(
      fc.property(arb, ({ criteria, shuffled, scores }) => {
        expect(units(shuffled, scores)).toBe(units(criteria, scores));
      }),
    );
  });

  it('does not change, to the unit, when integer weights are all multiplied by the same integer', () => {
    const arb = fc.record({
      weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
      factor: fc.integer({ min: 2, max: 1000 }),
      seed: fc.nat(),
    });
    fc.assert(
      fc.property(arb, ({ weights, factor, seed }) => {
        const scale = { min: 1, max: 10, step: 1 };
        const criteria = weights.map((w, i) => criterion(`k${i}`, w, scale));
        const scaled = weights.map((w, i) => criterion(`k${i}`, w * factor, scale));
        const scores = Object.fromEntries(criteria.map((c, i) => [c.id, 1 + ((seed >> i) % 10)]));
        expect(units(scaled, scores)).toBe(units(criteria, scores));
      }),
    );
  });

  it('numbers the values a juror can tap 0, 1, 2… from the minimum, whatever the step', () => {
    fc.assert(
      fc.property(scaleArb, (scale) => {
        expect(scaleValues(scale).map((value) => stepIndex(scale, value))).toEqual(
          scaleValues(scale).map((_, i) => i),
        );
      }),
    );
  });
});
