/**
 * Replays a bundle's changes onto the materialised sheets with the same rules the tablet used
 * (`validateChange`/`applyChange`), so a change the tablet could not have made is refused here too.
 */

import type { ApiFailure } from '#server/http/errors.ts';
import type { EventPackage } from '#shared/event.ts';
import { applyChange, type ChangeEntry, type ScoreSheet, validateChange } from '#shared/sheet.ts';

export type SheetLookup = (eventId: string, jurorId: string, teamId: string) => ScoreSheet | undefined;

export type Replay = { ok: true; sheets: ScoreSheet[] } | { ok: false; failure: ApiFailure };

/** Applies `changes` in order without writing; returns every sheet they touched, or the first refusal. */
export function replayChanges(
  pkg: EventPackage,
  lookup: SheetLookup,
  changes: readonly ChangeEntry[],
): Replay {
  const touched = new Map<string, ScoreSheet | undefined>();
  const teams = new Set(pkg.teams.map((t) => t.id));
  for (const [index, change] of changes.entries()) {
    const where = `changes[${index}] (seq ${change.seq})`;
    if (!teams.has(change.teamId)) {
      return refuse(`${where}: unknown_team: peserta "${change.teamId}" tidak ada di acara ini`);
    }
    const key = `${change.jurorId}/${change.teamId}`;
    const sheet = touched.has(key) ? touched.get(key) : lookup(change.eventId, change.jurorId, change.teamId);
    const error = validateChange(pkg.rubric, sheet, change);
    if (error) return refuse(`${where}: ${error.code}: ${error.message}`);
    touched.set(key, applyChange(sheet, change));
  }
  return { ok: true, sheets: [...touched.values()].filter((s): s is ScoreSheet => s !== undefined) };
}

function refuse(message: string): Replay {
  return { ok: false, failure: { code: 'invalid_change', message } };
}
