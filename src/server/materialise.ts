/**
 * Replays a bundle's changes onto the materialised sheets with the same rules the tablet used
 * (`validateChange`/`applyChange`), so a change the tablet could not have made is refused here too.
 * Sheets come without their audit trail (store/sheets.ts keeps it apart), so the replay carries each
 * sheet's trail length alongside and hands back only the entries it added.
 */

import type { ApiFailure } from '#server/http/errors.ts';
import type { SheetState, SheetUpdate } from '#server/store/sheets.ts';
import type { EventPackage } from '#shared/event.ts';
import { applyChange, type ChangeEntry, validateChange } from '#shared/sheet.ts';

export type SheetLookup = (eventId: string, jurorId: string, teamId: string) => SheetState | undefined;

export type Replay = { ok: true; sheets: SheetUpdate[] } | { ok: false; failure: ApiFailure };

/** Applies `changes` in order without writing; returns every sheet they touched, or the first refusal. */
export function replayChanges(
  pkg: EventPackage,
  lookup: SheetLookup,
  changes: readonly ChangeEntry[],
): Replay {
  const touched = new Map<string, SheetUpdate>();
  const teams = new Set(pkg.teams.map((t) => t.id));
  for (const [index, change] of changes.entries()) {
    const where = `changes[${index}] (seq ${change.seq})`;
    if (!teams.has(change.teamId)) {
      return refuse(`${where}: unknown_team: peserta "${change.teamId}" tidak ada di acara ini`);
    }
    const key = `${change.jurorId}/${change.teamId}`;
    const state = touched.get(key) ?? fromStore(lookup(change.eventId, change.jurorId, change.teamId));
    const auditCount = state ? state.auditBefore + state.sheet.audit.length : 0;
    const error = validateChange(pkg.rubric, state?.sheet, change, auditCount);
    if (error) return refuse(`${where}: ${error.code}: ${error.message}`);
    touched.set(key, { sheet: applyChange(state?.sheet, change), auditBefore: state?.auditBefore ?? 0 });
  }
  return { ok: true, sheets: [...touched.values()] };
}

function fromStore(stored: SheetState | undefined): SheetUpdate | undefined {
  return stored && { sheet: stored.sheet, auditBefore: stored.auditCount };
}

function refuse(message: string): Replay {
  return { ok: false, failure: { code: 'invalid_change', message } };
}
