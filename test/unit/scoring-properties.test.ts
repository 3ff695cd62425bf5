import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidScore, scaleValues, weightedTotal } from '#shared/scoring.ts';
import { allAt, criteriaArb, scaleArb, scoredRubricArb, scoresArb } from './rubric-arbitraries.ts';

/** Weighted totals this close are equal: the total is rounded to six decimals. */
const ROUNDING = 1.5e-6;

describe('weightedTotal properties', () => {
  it('always lies within [0, 100]', () => {
    fc.assert(
      fc.property(scoredRubricArb, ({ criteria, scores }) => {
        const { total } = weightedTotal({ criteria }, scores);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never goes down when one score goes up (a missing score counts as the minimum)', () => {
    const arb = scoredRubricArb.chain(({ criteria, scores }) =>
      fc.record({
        criteria: fc.constant(criteria),
        scores: fc.constant(scores),
        index: fc.nat({ max: criteria.length - 1 }),
        rise: fc.nat({ max: 200 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ criteria, scores, index, rise }) => {
        const target = criteria[index];
        if (!target) throw new Error('index out of range');
        const values = scaleValues(target.scale);
        const before = scores[target.id];
        const from = before === undefined ? 0 : values.indexOf(before);
        const raised = values[Math.min(values.length - 1, from + rise)] ?? target.scale.max;
        const lower = weightedTotal({ criteria }, scores).total;
        const higher = weightedTotal({ criteria }, { ...scores, [target.id]: raised }).total;
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
    );
  });

  it('does not change when every weight is multiplied by the same positive number', () => {
    const factor = fc.oneof(
      fc.integer({ min: 2, max: 1000 }),
      fc.double({ min: 0.001, max: 1000, noNaN: true }),
    );
    fc.assert(
      fc.property(scoredRubricArb, factor, ({ criteria, scores }, k) => {
        const scaled = criteria.map((c) => ({ ...c, weight: c.weight * k }));
        const a = weightedTotal({ criteria }, scores).total;
        const b = weightedTotal({ criteria: scaled }, scores).total;
        expect(Math.abs(a - b)).toBeLessThanOrEqual(ROUNDING);
      }),
    );
  });

  it('does not depend on the order of the criteria', () => {
    const arb = scoredRubricArb.chain(({ criteria, scores }) =>
      fc
        .shuffledSubarray(criteria, { minLength: criteria.length, maxLength: criteria.length })
        .map((shuffled) => ({ criteria, shuffled, scores })),
    );
    fc.assert(
      fc.property(arb, ({ criteria, shuffled, scores }) => {
        const a = weightedTotal({ criteria }, scores);
        const b = weightedTotal({ criteria: shuffled }, scores);
        expect(Math.abs(a.total - b.total)).toBeLessThanOrEqual(ROUNDING);
        expect(b.scored).toBe(a.scored);
        expect(b.complete).toBe(a.complete);
      }),
    );
  });

  it('is exactly 100 with every score at max and exactly 0 with every score at min', () => {
    fc.assert(
      fc.property(criteriaArb, (criteria) => {
        expect(
          weightedTotal(
            { criteria },
            allAt(criteria, (s) => s.max),
          ),
        ).toEqual({ total: 100, scored: criteria.length, complete: true });
        expect(
          weightedTotal(
            { criteria },
            allAt(criteria, (s) => s.min),
          ),
        ).toEqual({ total: 0, scored: criteria.length, complete: true });
      }),
    );
  });

  it('counts exactly the criteria scored, and is complete only when all are', () => {
    fc.assert(
      fc.property(
        criteriaArb.chain((criteria) => scoresArb(criteria).map((scores) => ({ criteria, scores }))),
        ({ criteria, scores }) => {
          const { scored, complete } = weightedTotal({ criteria }, scores);
          expect(scored).toBe(Object.keys(scores).length);
          expect(complete).toBe(scored === criteria.length);
        },
      ),
    );
  });
});

describe('isValidScore and scaleValues properties', () => {
  it('accepts every value scaleValues offers, and nothing between two of them', () => {
    fc.assert(
      fc.property(scaleArb, (scale) => {
        const values = scaleValues(scale);
        for (const value of values) expect(isValidScore(scale, value)).toBe(true);
        for (let i = 1; i < values.length; i++) {
          const midpoint = ((values[i - 1] ?? 0) + (values[i] ?? 0)) / 2;
          expect(isValidScore(scale, midpoint)).toBe(false);
        }
      }),
    );
  });

  it('runs from min to max in equal, increasing steps', () => {
    fc.assert(
      fc.property(scaleArb, (scale) => {
        const values = scaleValues(scale);
        expect(values[0]).toBe(scale.min);
        expect(values.at(-1)).toBeCloseTo(scale.max, 6);
        for (let i = 1; i < values.length; i++) {
          expect((values[i] ?? 0) - (values[i - 1] ?? 0)).toBeCloseTo(scale.step, 6);
        }
      }),
    );
  });
});
