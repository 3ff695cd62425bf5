import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '#shared/event.ts';
import { isValidScore } from '#shared/scoring.ts';
import {
  applyChange,
  type ChangeEntry,
  type ChangeKind,
  type ChangeValue,
  type ScoreSheet,
  validateChange,
} from '#shared/sheet.ts';
import { ChangeEntrySchema } from '#shared/sheet-schema.ts';
import { criterion } from './rubric-arbitraries.ts';
import { type Draft, entry, RUBRIC } from './sheet-drafts.ts';

describe('replaying the change log', () => {
  const rubric: Rubric = {
    ...RUBRIC,
    criteria: [...RUBRIC.criteria, criterion('paparan', 2, { min: 0, max: 1, step: 0.1 })],
  };
  const criterionIds = [...rubric.criteria.map((c) => c.id), 'inovasi'];

  const draftArb: fc.Arbitrary<Draft> = fc
    .oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          kind: fc.constant<ChangeKind>('score'),
          criterionId: fc.constantFrom(...criterionIds),
          newValue: fc.oneof(
            fc.constant(null),
            fc.integer({ min: -1, max: 11 }),
            fc.constantFrom(0.3, 0.1 + 0.2, 0.25, 7.5),
          ),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant<ChangeKind>('note'),
          criterionId: fc.constantFrom(...criterionIds),
          newValue: fc.oneof(fc.constant(null), fc.constant(''), fc.string({ maxLength: 20 })),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant<ChangeKind>('comment'),
          criterionId: fc.constant(null),
          newValue: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant<ChangeKind>('status'),
          criterionId: fc.constant(null),
          newValue: fc.constantFrom('draft', 'final', 'coi'),
        }),
      },
    )
    .chain((draft) =>
      fc
        .oneof(
          { weight: 2, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom('salah tekan', 'instansi sendiri', 'data baru') },
        )
        .map((reason) => ({ ...draft, ...(reason ? { reason } : {}) })),
    );

  /** The tablet: each change validated against the sheet as it stands; refused ones never reach the log. */
  function recordOnTablet(drafts: readonly Draft[]): { sheet: ScoreSheet | undefined; log: ChangeEntry[] } {
    let sheet: ScoreSheet | undefined;
    const log: ChangeEntry[] = [];
    for (const draft of drafts) {
      const change = entry(sheet, log.length + 1, draft);
      if (validateChange(rubric, sheet, change)) continue;
      sheet = applyChange(sheet, change);
      log.push(change);
    }
    return { sheet, log };
  }

  it('rebuilds, from the log alone, the same sheet the tablet holds', () => {
    fc.assert(
      fc.property(fc.array(draftArb, { maxLength: 60, size: 'medium' }), (drafts) => {
        const { sheet, log } = recordOnTablet(drafts);
        // The server sees the log only as JSON, parsed at its edge, and re-validates every change.
        const received = v.parse(v.array(ChangeEntrySchema), JSON.parse(JSON.stringify(log)));
        const replayed = received.reduce<ScoreSheet | undefined>((s, change) => {
          expect(validateChange(rubric, s, change)).toBeNull();
          return applyChange(s, change);
        }, undefined);

        expect(replayed).toEqual(sheet);
        expect(replayed?.lastSeq).toBe(log.at(-1)?.seq);
      }),
    );
  });

  it('holds on every criterion the last value written, and only valid scores', () => {
    fc.assert(
      fc.property(fc.array(draftArb, { maxLength: 60, size: 'medium' }), (drafts) => {
        const { sheet, log } = recordOnTablet(drafts);
        const lastScores = new Map<string, ChangeValue>();
        for (const c of log)
          if (c.kind === 'score' && c.criterionId) lastScores.set(c.criterionId, c.newValue);
        const expected = Object.fromEntries([...lastScores].filter(([, value]) => value !== null));
        expect(sheet?.scores ?? {}).toEqual(expected);

        for (const [id, value] of Object.entries(sheet?.scores ?? {})) {
          const scale = rubric.criteria.find((c) => c.id === id)?.scale;
          expect(scale && isValidScore(scale, value)).toBe(true);
        }
        expect(sheet?.audit ?? []).toHaveLength(log.filter((c) => c.reason).length);
        expect(sheet?.coiReason ?? null).toBe(
          sheet?.status === 'coi' ? log.findLast((c) => c.newValue === 'coi')?.reason : null,
        );
      }),
    );
  });
});
