/** A change as it travels in a bundle: the log row without the outbox's own bookkeeping. */
import type { ChangeRow } from '#app/db/database.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

export function toEntry(row: ChangeRow): ChangeEntry {
  const { seq, eventId, jurorId, teamId, kind, criterionId, oldValue, newValue, at, reason } = row;
  return {
    seq,
    eventId,
    jurorId,
    teamId,
    kind,
    criterionId,
    oldValue,
    newValue,
    at,
    ...(reason !== undefined ? { reason } : {}),
  };
}
