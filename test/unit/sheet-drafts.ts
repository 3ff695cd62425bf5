/** Builds change-log entries the way the tablet writes them, for the sheet tests. */
import type { Rubric } from '#shared/event.ts';
import { KIPP_MALANG } from '#shared/rubric-presets.ts';
import {
  applyChange,
  type ChangeEntry,
  type ChangeKind,
  type ChangeValue,
  currentValue,
  type ScoreSheet,
  validateChange,
} from '#shared/sheet.ts';

export const RUBRIC: Rubric = KIPP_MALANG;
const T0 = Date.parse('2021-03-16T01:30:00.000Z');
export const at = (seq: number) => new Date(T0 + seq * 60_000).toISOString();

export interface Draft {
  kind: ChangeKind;
  criterionId?: string | null;
  newValue: ChangeValue;
  reason?: string;
}

/** A change as the tablet writes it: oldValue read from the sheet it will be applied to. */
export function entry(sheet: ScoreSheet | undefined, seq: number, draft: Draft): ChangeEntry {
  const criterionId = draft.criterionId ?? null;
  return {
    seq,
    eventId: 'kipp-malang-2021',
    jurorId: 'juri-1',
    teamId: 'dispendukcapil',
    kind: draft.kind,
    criterionId,
    oldValue: currentValue(sheet, draft.kind, criterionId),
    newValue: draft.newValue,
    at: at(seq),
    ...(draft.reason === undefined ? {} : { reason: draft.reason }),
  };
}

/** Validates and applies each draft in turn, failing the test on the first refusal. */
export function build(drafts: readonly Draft[], rubric: Rubric = RUBRIC): ScoreSheet | undefined {
  let sheet: ScoreSheet | undefined;
  drafts.forEach((draft, i) => {
    const change = entry(sheet, i + 1, draft);
    const problem = validateChange(rubric, sheet, change);
    if (problem) throw new Error(`draft ${i + 1} refused: ${problem.code}`);
    sheet = applyChange(sheet, change);
  });
  return sheet;
}

export const score = (criterionId: string, newValue: number | null, reason?: string): Draft => ({
  kind: 'score',
  criterionId,
  newValue,
  reason,
});
export const status = (newValue: string, reason?: string): Draft => ({ kind: 'status', newValue, reason });

export const SCORED = [score('kebaruan', 8), score('efektif', 7)];
/** Every criterion of RUBRIC scored: only such a sheet may be finalised. */
export const COMPLETE = [...SCORED, score('bermanfaat', 6), score('replikasi', 9), score('berkelanjutan', 5)];
export const FINAL = [...COMPLETE, status('final')];
export const COI = [status('coi', 'Saya pernah menjadi konsultan inovasi ini')];
