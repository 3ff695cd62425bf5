/** fast-check generators for rubrics and scores that the event schema would accept. */
import fc from 'fast-check';
import * as v from 'valibot';
import { type Criterion, type Scale, ScaleSchema } from '#shared/event.ts';
import { scaleValues } from '#shared/scoring.ts';

export type Scores = Record<string, number>;

const decimalStep = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 3 }))
  .map(([digits, decimals]) => digits / 10 ** decimals);

/** Steps no decimal writes exactly, such as 1/3: the schema accepts them when the range is a multiple. */
const recurringStep = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 3, max: 13 }))
  .map(([numerator, denominator]) => numerator / denominator);

/** Scales from 1 to 200 steps (1, 0.5, 0.1, 0.025, 1/3, 1e-7…), anchored anywhere near zero. */
export const scaleArb: fc.Arbitrary<Scale> = fc
  .record({
    min: fc.integer({ min: -20, max: 20 }),
    count: fc.integer({ min: 1, max: 200 }),
    step: fc.oneof(fc.constantFrom(1, 0.5, 0.25, 0.1, 1e-7), decimalStep, recurringStep),
  })
  .chain(({ min, count, step }) => {
    const max = min + count * step;
    return fc.constantFrom({ min, max: Math.round(max * 1e6) / 1e6, step }, { min, max, step });
  })
  .filter((scale) => v.is(ScaleSchema, scale));

/** Relative weights: small integers like the presets, or arbitrary positive decimals. */
export const weightArb = fc.oneof(
  fc.integer({ min: 1, max: 100 }),
  fc.double({ min: 0.01, max: 1000, noNaN: true, noDefaultInfinity: true }),
);

export function criterion(id: string, weight: number, scale: Scale): Criterion {
  return { id, name: { id, en: id }, guidance: { id: '-', en: '-' }, weight, scale };
}

export const criteriaArb: fc.Arbitrary<Criterion[]> = fc
  .array(fc.tuple(weightArb, scaleArb), { minLength: 1, maxLength: 8 })
  .map((list) => list.map(([weight, scale], i) => criterion(`k${i + 1}`, weight, scale)));

/** Every criterion scored at the value `pick` chooses from its scale (e.g. all at max). */
export function allAt(criteria: readonly Criterion[], pick: (scale: Scale) => number): Scores {
  return Object.fromEntries(criteria.map((c) => [c.id, pick(c.scale)]));
}

/** Scores on the scale for any subset of the criteria (a missing key is a criterion not yet scored). */
export function scoresArb(criteria: readonly Criterion[]): fc.Arbitrary<Scores> {
  const entries = criteria.map((c) =>
    fc.option(
      fc.constantFrom(...scaleValues(c.scale)).map((value) => [c.id, value] as const),
      { nil: undefined },
    ),
  );
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter((pair) => pair !== undefined)));
}

/** Criteria together with a set of scores for them. */
export const scoredRubricArb = criteriaArb.chain((criteria) =>
  scoresArb(criteria).map((scores) => ({ criteria, scores })),
);
