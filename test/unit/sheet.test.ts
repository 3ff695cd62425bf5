import { describe, expect, it } from 'vitest';
import type { Rubric } from '#shared/event.ts';
import {
  applyChange,
  type ChangeKind,
  type ChangeValue,
  currentValue,
  emptySheet,
  type ScoreSheet,
  validateChange,
} from '#shared/sheet.ts';
import { criterion } from './rubric-arbitraries.ts';
import {
  at,
  build,
  COI,
  COMPLETE,
  type Draft,
  entry,
  FINAL,
  RUBRIC,
  SCORED,
  score,
  status,
} from './sheet-drafts.ts';

// The table below scores against RUBRIC plus a half-step criterion, so its final sheets score that too.
const COMPLETE_PLUS = [...COMPLETE, score('paparan', 4.5)];
const FINAL_PLUS = [...COMPLETE_PLUS, status('final')];

/** The error code validateChange gives for `draft` on the sheet `before` builds, or null. */
function refusal(before: readonly Draft[], draft: Draft, rubric: Rubric = RUBRIC): string | null {
  const sheet = build(before, rubric);
  return validateChange(rubric, sheet, entry(sheet, before.length + 1, draft))?.code ?? null;
}

describe('validateChange and applyChange', () => {
  it('creates a draft sheet from the first score', () => {
    const change = entry(undefined, 1, score('kebaruan', 8));
    expect(validateChange(RUBRIC, undefined, change)).toBeNull();
    expect(applyChange(undefined, change)).toEqual({
      ...emptySheet('kipp-malang-2021', 'juri-1', 'dispendukcapil', at(1)),
      scores: { kebaruan: 8 },
      lastSeq: 1,
    });
  });

  it.each<{ name: string; draft: Draft }>([
    { name: 'a score', draft: score('kebaruan', 2) },
    { name: 'a cleared score', draft: score('efektif', null) },
    { name: 'a note', draft: { kind: 'note', criterionId: 'kebaruan', newValue: 'data kurang' } },
    { name: 'a comment', draft: { kind: 'comment', criterionId: null, newValue: 'bagus' } },
    { name: 'finalising', draft: status('final') },
  ])('leaves the sheet it was given untouched by $name', ({ draft }) => {
    const before = build([...SCORED, { kind: 'note', criterionId: 'efektif', newValue: 'catatan awal' }]);
    const snapshot = structuredClone(before);
    const after = applyChange(before, entry(before, 4, draft));
    expect(before).toEqual(snapshot);
    expect(after).not.toBe(before);
  });

  it.each<{ name: string; before: Draft[]; draft: Draft; code: string | null }>([
    { name: 'a score on the scale', before: [], draft: score('efektif', 10), code: null },
    { name: 'a score below the scale', before: [], draft: score('efektif', 0), code: 'out_of_scale' },
    { name: 'a score above the scale', before: [], draft: score('efektif', 11), code: 'out_of_scale' },
    { name: 'a score between steps', before: [], draft: score('efektif', 7.5), code: 'out_of_scale' },
    { name: 'a score that is NaN', before: [], draft: score('efektif', Number.NaN), code: 'out_of_scale' },
    {
      name: 'a score given as text',
      before: [],
      draft: { kind: 'score', criterionId: 'efektif', newValue: '7' },
      code: 'out_of_scale',
    },
    { name: 'a half step on a half-step criterion', before: [], draft: score('paparan', 3.5), code: null },
    {
      name: 'a score for an unknown criterion',
      before: [],
      draft: score('inovasi', 5),
      code: 'unknown_criterion',
    },
    {
      name: 'a note for an unknown criterion',
      before: [],
      draft: { kind: 'note', criterionId: 'inovasi', newValue: 'x' },
      code: 'unknown_criterion',
    },
    {
      name: 'a note without a criterion',
      before: [],
      draft: { kind: 'note', newValue: 'x' },
      code: 'unknown_criterion',
    },
    {
      name: 'a comment naming a criterion',
      before: [],
      draft: { kind: 'comment', criterionId: 'kebaruan', newValue: 'x' },
      code: 'bad_value',
    },
    {
      name: 'a note that is a number',
      before: [],
      draft: { kind: 'note', criterionId: 'kebaruan', newValue: 5 },
      code: 'bad_value',
    },
    { name: 'an unknown status', before: [], draft: status('selesai'), code: 'bad_value' },
    {
      name: 'finalising an untouched sheet',
      before: [],
      draft: status('final'),
      code: 'incomplete_sheet',
    },
    {
      name: 'finalising with two of six criteria scored',
      before: SCORED,
      draft: status('final'),
      code: 'incomplete_sheet',
    },
    {
      name: 'finalising with one criterion left empty',
      before: COMPLETE,
      draft: status('final'),
      code: 'incomplete_sheet',
    },
    {
      name: 'finalising after a score was cleared again',
      before: [...COMPLETE_PLUS, score('efektif', null)],
      draft: status('final'),
      code: 'incomplete_sheet',
    },
    { name: 'finalising a complete sheet', before: COMPLETE_PLUS, draft: status('final'), code: null },
    { name: 'clearing a score on a draft', before: SCORED, draft: score('efektif', null), code: null },
    {
      name: 'clearing a score on a final sheet, even with a reason',
      before: FINAL_PLUS,
      draft: score('efektif', null, 'salah tekan'),
      code: 'incomplete_sheet',
    },
    { name: 'finalising twice', before: FINAL_PLUS, draft: status('final'), code: 'bad_transition' },
    {
      name: 'returning a final sheet to draft',
      before: FINAL_PLUS,
      draft: status('draft', 'salah tekan'),
      code: 'bad_transition',
    },
    {
      name: 'a change after final without a reason',
      before: FINAL_PLUS,
      draft: score('kebaruan', 9),
      code: 'reason_required',
    },
    {
      name: 'a note after final without a reason',
      before: FINAL_PLUS,
      draft: { kind: 'note', criterionId: 'efektif', newValue: 'data 2020' },
      code: 'reason_required',
    },
    {
      name: 'a change after final with a reason',
      before: FINAL_PLUS,
      draft: score('kebaruan', 9, 'salah tekan'),
      code: null,
    },
    {
      name: 'declaring a conflict without a reason',
      before: SCORED,
      draft: status('coi'),
      code: 'reason_required',
    },
    {
      name: 'declaring a conflict with a reason',
      before: SCORED,
      draft: status('coi', 'instansi sendiri'),
      code: null,
    },
    {
      name: 'declaring a conflict on a final sheet, with a reason',
      before: FINAL_PLUS,
      draft: status('coi', 'instansi sendiri'),
      code: null,
    },
    { name: 'declaring a conflict twice', before: COI, draft: status('coi', 'lagi'), code: 'bad_transition' },
    {
      name: 'scoring a conflict sheet',
      before: COI,
      draft: score('kebaruan', 8),
      code: 'conflict_of_interest',
    },
    {
      name: 'scoring a conflict sheet, even with a reason',
      before: COI,
      draft: score('kebaruan', 8, 'tetap'),
      code: 'conflict_of_interest',
    },
    {
      name: 'a comment on a conflict sheet',
      before: COI,
      draft: { kind: 'comment', newValue: 'bagus' },
      code: 'conflict_of_interest',
    },
    {
      name: 'finalising a conflict sheet',
      before: COI,
      draft: status('final'),
      code: 'conflict_of_interest',
    },
    {
      name: 'withdrawing a conflict without a reason',
      before: COI,
      draft: status('draft'),
      code: 'reason_required',
    },
    {
      name: 'withdrawing a conflict with a reason',
      before: COI,
      draft: status('draft', 'salah pilih peserta'),
      code: null,
    },
    {
      name: 'withdrawing a conflict that was never declared',
      before: SCORED,
      draft: status('draft', 'x'),
      code: 'bad_transition',
    },
  ])('$name → $code', ({ before, draft, code }) => {
    const rubric = {
      ...RUBRIC,
      criteria: [...RUBRIC.criteria, criterion('paparan', 1, { min: 1, max: 5, step: 0.5 })],
    };
    expect(refusal(before, draft, rubric)).toBe(code);
  });

  it('applies a reasoned change after final, keeps the sheet final and records it in the audit trail', () => {
    const sheet = build([...FINAL, score('kebaruan', 9, 'salah tekan, seharusnya 9')]);
    expect(sheet).toMatchObject({
      status: 'final',
      scores: { kebaruan: 9, efektif: 7 },
      lastSeq: 7,
      updatedAt: at(7),
    });
    expect(sheet?.audit).toEqual([
      {
        seq: 7,
        at: at(7),
        kind: 'score',
        criterionId: 'kebaruan',
        oldValue: 8,
        newValue: 9,
        reason: 'salah tekan, seharusnya 9',
      },
    ]);
  });

  it('does not audit ordinary draft edits', () => {
    expect(build([...SCORED, score('kebaruan', 3)])?.audit).toEqual([]);
  });

  it('records the conflict reason on the sheet and in the audit trail, keeping scores already given', () => {
    const sheet = build([...SCORED, status('coi', 'Peserta dari instansi saya')]);
    expect(sheet).toMatchObject({
      status: 'coi',
      coiReason: 'Peserta dari instansi saya',
      scores: { kebaruan: 8, efektif: 7 },
    });
    expect(sheet?.audit).toEqual([
      {
        seq: 3,
        at: at(3),
        kind: 'status',
        criterionId: null,
        oldValue: 'draft',
        newValue: 'coi',
        reason: 'Peserta dari instansi saya',
      },
    ]);
  });

  it('withdrawing a conflict returns the sheet to draft, clears the reason and audits both steps', () => {
    const sheet = build([...COI, status('draft', 'salah pilih peserta')]);
    expect(sheet).toMatchObject({ status: 'draft', coiReason: null });
    expect(sheet?.audit.map((a) => [a.oldValue, a.newValue, a.reason])).toEqual([
      [null, 'coi', 'Saya pernah menjadi konsultan inovasi ini'],
      ['coi', 'draft', 'salah pilih peserta'],
    ]);
    expect(refusal([...COI, status('draft', 'salah pilih peserta')], score('kebaruan', 6))).toBeNull();
  });

  it('clearing a score (null) removes it', () => {
    const sheet = build([...SCORED, score('kebaruan', null)]);
    expect(sheet?.scores).toEqual({ efektif: 7 });
    expect(currentValue(sheet, 'score', 'kebaruan')).toBeNull();
  });

  it('an empty note removes the note, and null does too', () => {
    const note = (newValue: string | null): Draft => ({ kind: 'note', criterionId: 'efektif', newValue });
    expect(build([note('Data kunjungan 2020'), note('')])?.notes).toEqual({});
    expect(build([note('Data kunjungan 2020'), note(null)])?.notes).toEqual({});
    expect(build([note('Data kunjungan 2020')])?.notes).toEqual({ efektif: 'Data kunjungan 2020' });
  });

  it('a null comment becomes the empty comment', () => {
    expect(
      build([
        { kind: 'comment', newValue: 'Inovatif' },
        { kind: 'comment', newValue: null },
      ])?.comment,
    ).toBe('');
  });
});

describe('currentValue', () => {
  const sheet = build([
    score('kebaruan', 8),
    { kind: 'note', criterionId: 'kebaruan', newValue: 'Pertama di Jawa Timur' },
    { kind: 'comment', newValue: 'Paparan runtut' },
    status('coi', 'instansi sendiri'),
  ]);

  it.each<{
    name: string;
    sheet: ScoreSheet | undefined;
    kind: ChangeKind;
    criterionId: string | null;
    value: ChangeValue;
  }>([
    { name: 'score on no sheet', sheet: undefined, kind: 'score', criterionId: 'kebaruan', value: null },
    { name: 'note on no sheet', sheet: undefined, kind: 'note', criterionId: 'kebaruan', value: null },
    { name: 'comment on no sheet', sheet: undefined, kind: 'comment', criterionId: null, value: '' },
    { name: 'status on no sheet', sheet: undefined, kind: 'status', criterionId: null, value: null },
    { name: 'a given score', sheet, kind: 'score', criterionId: 'kebaruan', value: 8 },
    { name: 'a score not given', sheet, kind: 'score', criterionId: 'efektif', value: null },
    { name: 'a score without criterion', sheet, kind: 'score', criterionId: null, value: null },
    { name: 'a note', sheet, kind: 'note', criterionId: 'kebaruan', value: 'Pertama di Jawa Timur' },
    { name: 'a missing note', sheet, kind: 'note', criterionId: 'efektif', value: null },
    { name: 'the comment', sheet, kind: 'comment', criterionId: null, value: 'Paparan runtut' },
    { name: 'the status', sheet, kind: 'status', criterionId: null, value: 'coi' },
  ])('$name → $value', ({ sheet: s, kind, criterionId, value }) => {
    expect(currentValue(s, kind, criterionId)).toEqual(value);
  });
});
