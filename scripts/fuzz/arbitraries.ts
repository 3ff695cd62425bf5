/**
 * What the fuzzer sends, as fast-check arbitraries: steps naming a tablet and either an honest
 * bundle of plausible changes (which the server's rules may still refuse), a resend, or a hostile
 * variant of an honest bundle (mutations.ts), or something that is not a bundle at all.
 */
import fc from 'fast-check';
import { MAX_CHANGES_PER_BUNDLE } from '#shared/bundle.ts';
import { scaleValues } from '#shared/scoring.ts';
import { MAX_SEQ } from '#shared/seq.ts';
import type { ChangeKind, ChangeValue } from '#shared/sheet.ts';
import { TEXT_LIMITS } from '#shared/text.ts';
import { FUZZ_EVENT } from './fuzz-server.ts';
import { MUTATIONS, type MutationName } from './mutations.ts';

/** A change without the parts the harness fills in from the tablet's state (seq, ids, time). */
export interface ChangeDraft {
  teamId: string;
  kind: ChangeKind;
  criterionId: string | null;
  oldValue: ChangeValue;
  newValue: ChangeValue;
  reason?: string;
}

export type Step =
  | { tablet: number; do: 'honest'; changes: ChangeDraft[] }
  | { tablet: number; do: 'resend'; which: number; reorder: boolean }
  | { tablet: number; do: 'mutate'; mutation: MutationName; changes: ChangeDraft[]; noise: Noise }
  | { tablet: number; do: 'garbage'; body: string | Uint8Array; json: boolean };

/** Random material a mutation may use (a value to smuggle in, a position, a size). */
export interface Noise {
  value: unknown;
  at: number;
  depth: number;
  seq: number;
  text: string;
}

const teams = FUZZ_EVENT.teams.map((t) => t.id);
const criteria = FUZZ_EVENT.rubric.criteria;

/** Well-formed text (whole graphemes), mostly short, sometimes at the limit. */
const wellFormedText = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', ' ', 'Bagus 👍🏽', 'Catatan\nbaris dua', '"\\u0000"', '</script>'),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: max, maxLength: max }) },
  );

/** A reason as the tablet records one: trimmed, not blank. */
const reasonArb = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && s.length <= TEXT_LIMITS.reason);

const scoreArb = fc.constantFrom(...criteria).chain((c) =>
  fc.record({
    kind: fc.constant<ChangeKind>('score'),
    criterionId: fc.constant<string | null>(c.id),
    newValue: fc.option(fc.constantFrom(...scaleValues(c.scale)), { nil: null }),
  }),
);
const noteArb = fc.record({
  kind: fc.constant<ChangeKind>('note'),
  criterionId: fc.constantFrom<string | null>(...criteria.map((c) => c.id)),
  newValue: fc.option(wellFormedText(TEXT_LIMITS.note), { nil: null }),
});
const commentArb = fc.record({
  kind: fc.constant<ChangeKind>('comment'),
  criterionId: fc.constant<string | null>(null),
  newValue: wellFormedText(TEXT_LIMITS.comment),
});
const statusArb = fc.record({
  kind: fc.constant<ChangeKind>('status'),
  criterionId: fc.constant<string | null>(null),
  newValue: fc.constantFrom<ChangeValue>('final', 'coi', 'draft'),
});

export const changeDraftArb: fc.Arbitrary<ChangeDraft> = fc
  .record({
    teamId: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...teams.slice(0, 4)) },
      fc.constant('tim-hantu'),
    ),
    body: fc.oneof(
      { weight: 6, arbitrary: scoreArb },
      { weight: 2, arbitrary: noteArb },
      commentArb,
      statusArb,
    ),
    oldValue: fc.oneof(fc.constant(null), fc.constantFrom(1, 5, 'draft', '')),
    reason: fc.option(reasonArb, { nil: undefined, freq: 3 }),
  })
  .map(({ teamId, body, oldValue, reason }) => ({
    teamId,
    ...body,
    oldValue,
    ...(reason === undefined ? {} : { reason }),
  }));

const changesArb = fc.array(changeDraftArb, { minLength: 1, maxLength: 4 });

const noiseArb: fc.Arbitrary<Noise> = fc.record({
  value: fc.jsonValue({ maxDepth: 3 }),
  at: fc.nat(),
  depth: fc.integer({ min: 1, max: 120_000 }),
  // Never a seq a device could legitimately be at: those are the honest steps' business.
  seq: fc.oneof(
    fc.constantFrom(0, -1, 1.5, MAX_SEQ + 1, MAX_SEQ + 2, 2 ** 53 - 1, 2 ** 53, Number.MAX_VALUE),
    fc.integer({ min: MAX_SEQ + 1, max: Number.MAX_SAFE_INTEGER }),
  ),
  text: fc.string({ unit: 'binary', maxLength: 20 }),
});

const garbageArb = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => ({ body: JSON.stringify(value) ?? 'null', json: true })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((body) => ({ body, json: true })),
  fc.uint8Array({ maxLength: 200 }).map((body) => ({ body, json: true })),
  fc.constantFrom('', '{', '[]', 'null', '{"version":1}', '\uFEFF{}').map((body) => ({ body, json: true })),
  fc.jsonValue().map((value) => ({ body: JSON.stringify(value) ?? 'null', json: false })),
  fc
    .integer({ min: 1, max: MAX_CHANGES_PER_BUNDLE + 5 })
    .map((n) => ({ body: `{"changes":[${'{}'.repeat(n).replaceAll('}{', '},{')}]}`, json: true })),
);

const tabletArb = fc.nat({ max: 2 });

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ tablet: tabletArb, do: fc.constant('honest' as const), changes: changesArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      tablet: tabletArb,
      do: fc.constant('resend' as const),
      which: fc.nat(),
      reorder: fc.boolean(),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      tablet: tabletArb,
      do: fc.constant('mutate' as const),
      mutation: fc.constantFrom(...(Object.keys(MUTATIONS) as MutationName[])),
      changes: changesArb,
      noise: noiseArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(tabletArb, garbageArb)
      .map(([tablet, g]) => ({ tablet, do: 'garbage' as const, ...g })),
  },
);

/** A scenario: three fresh tablets (two for one juror, one for another) and what they send. */
export const scenarioArb = fc.record({
  jurors: fc.tuple(
    fc.nat({ max: FUZZ_EVENT.jurors.length - 1 }),
    fc.nat({ max: FUZZ_EVENT.jurors.length - 1 }),
  ),
  firstSeq: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: MAX_SEQ - 100 }), fc.constant(MAX_SEQ - 3)),
  steps: fc.array(stepArb, { minLength: 5, maxLength: 40, size: 'max' }),
});
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;
