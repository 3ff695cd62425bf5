/**
 * Score sheets. Every change is ONE transaction that appends to the change log and writes the sheet,
 * so the log and the sheet can never disagree. Resolves only after the transaction has committed.
 * The same transaction asks the change gate whether the log may take the change now (an enrolled
 * tablet takes only its juror's changes), so no other writer can slip in between the check and the write.
 */

import { refusalFor } from '#app/db/change-gate.ts';
import { type ChangeRow, db } from '#app/db/database.ts';
import { ChangeRejectedError } from '#app/db/errors.ts';
import { cachedRubric } from '#app/db/rubric-cache.ts';
import type { Rubric } from '#shared/event.ts';
import {
  applyChange,
  type ChangeEntry,
  type ChangeKind,
  type ChangeValue,
  currentValue,
  emptySheet,
  type ScoreSheet,
  validateChange,
} from '#shared/sheet.ts';

export interface SheetRef {
  eventId: string;
  jurorId: string;
  teamId: string;
}

interface ChangeRequest extends SheetRef {
  kind: ChangeKind;
  criterionId: string | null;
  value: ChangeValue;
  reason?: string;
}

export interface SaveResult {
  sheet: ScoreSheet;
  /** The change-log entry written, or null when the value was already there (nothing written). */
  change: ChangeEntry | null;
}

export function saveScore(
  ref: SheetRef,
  criterionId: string,
  value: number | null,
  reason?: string,
): Promise<SaveResult> {
  return recordChange({ ...ref, kind: 'score', criterionId, value, reason });
}

export function saveNote(
  ref: SheetRef,
  criterionId: string,
  text: string,
  reason?: string,
): Promise<SaveResult> {
  return recordChange({ ...ref, kind: 'note', criterionId, value: text.trim() === '' ? null : text, reason });
}

export function saveComment(ref: SheetRef, text: string, reason?: string): Promise<SaveResult> {
  return recordChange({ ...ref, kind: 'comment', criterionId: null, value: text, reason });
}

export function finaliseSheet(ref: SheetRef): Promise<SaveResult> {
  return recordChange({ ...ref, kind: 'status', criterionId: null, value: 'final' });
}

export function declareConflict(ref: SheetRef, reason: string): Promise<SaveResult> {
  return recordChange({ ...ref, kind: 'status', criterionId: null, value: 'coi', reason });
}

export function withdrawConflict(ref: SheetRef, reason: string): Promise<SaveResult> {
  return recordChange({ ...ref, kind: 'status', criterionId: null, value: 'draft', reason });
}

export async function getSheet(ref: SheetRef): Promise<ScoreSheet | undefined> {
  return db.sheets.get([ref.eventId, ref.jurorId, ref.teamId]);
}

export async function listSheets(eventId: string, jurorId: string): Promise<ScoreSheet[]> {
  return db.sheets.where('[eventId+jurorId]').equals([eventId, jurorId]).toArray();
}

/** The change log of one juror in one event, oldest first. */
export async function listChanges(eventId: string, jurorId: string): Promise<ChangeRow[]> {
  return db.changes.where('[eventId+jurorId]').equals([eventId, jurorId]).sortBy('seq');
}

async function recordChange(request: ChangeRequest): Promise<SaveResult> {
  const result = await commitChange(request);
  // Dexie resolves a transaction only after IndexedDB's `complete`: the mark is the commit moment,
  // which `npm run bench` measures a tap against.
  if (result.change) performance.mark(CHANGE_COMMITTED_MARK, { detail: result.change.seq });
  return result;
}

/** The name of the performance mark set when a change has committed. */
export const CHANGE_COMMITTED_MARK = 'juri:change-committed';

function commitChange(request: ChangeRequest): Promise<SaveResult> {
  return db.transaction('rw', [db.events, db.sheets, db.changes, db.meta], async () => {
    // Every read at once, in the same transaction: after a tap Chromium delivers each IndexedDB
    // result only with the next frame, so reads one after another cost a frame each.
    const [rubric, sheet, refusal, last] = await Promise.all([
      rubricOf(request.eventId),
      getSheet(request),
      refusalFor(request),
      db.changes.orderBy('seq').last(),
    ]);
    const oldValue = currentValue(sheet, request.kind, request.criterionId);
    // A second tap on the same value must not add noise to the log or the audit trail.
    if (oldValue === request.value) {
      return {
        sheet:
          sheet ?? emptySheet(request.eventId, request.jurorId, request.teamId, new Date().toISOString()),
        change: null,
      };
    }

    if (refusal) throw new ChangeRejectedError(refusal);

    const change: ChangeEntry = {
      seq: (last?.seq ?? 0) + 1,
      eventId: request.eventId,
      jurorId: request.jurorId,
      teamId: request.teamId,
      kind: request.kind,
      criterionId: request.criterionId,
      oldValue,
      newValue: request.value,
      at: new Date().toISOString(),
      ...(request.reason?.trim() ? { reason: request.reason.trim() } : {}),
    };
    const problem = validateChange(rubric, sheet, change);
    if (problem) throw new ChangeRejectedError(problem);

    const next = applyChange(sheet, change);
    await Promise.all([db.changes.add({ ...change, state: 'unsent' }), db.sheets.put(next)]);
    return { sheet: next, change };
  });
}

async function rubricOf(eventId: string): Promise<Rubric> {
  const rubric = await cachedRubric(eventId);
  if (!rubric)
    throw new ChangeRejectedError({ code: 'bad_value', message: `acara "${eventId}" tidak ada di tablet` });
  return rubric;
}
