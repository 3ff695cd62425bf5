/**
 * The event's audit trail: every organizer change, append-only (triggers refuse UPDATE and DELETE).
 * Committee draws live here too (kind 'tie_drawn', the record in `detail`): a draw is evidence of a
 * decision, kept beside the changes it may follow, and can never be edited away.
 */
import type { Db } from '#server/db.ts';
import { parseJsonColumn } from '#server/store/rows.ts';
import type { AuditEntry, AuditKind } from '#shared/admin-api.ts';
import { type DrawRecord, DrawRecordSchema } from '#shared/results/results-schema.ts';

export interface NewAuditEntry {
  eventId: string;
  at: string;
  version: number;
  kind: AuditKind;
  summary: string;
  detail: unknown;
  reason: string | null;
  afterFirstScore: boolean;
}

interface AuditRow {
  id: number;
  at: string;
  version: number;
  kind: AuditKind;
  summary: string;
  detail: string;
  reason: string | null;
  after_first_score: number;
}

export function createAuditStore(db: Db) {
  const insert = db.prepare<[string, string, number, string, string, string, string | null, number]>(
    `INSERT INTO event_audit (event_id, at, version, kind, summary, detail, reason, after_first_score)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = db.prepare<[string], AuditRow>('SELECT * FROM event_audit WHERE event_id = ? ORDER BY id');
  const draws = db.prepare<[string], { detail: string }>(
    "SELECT detail FROM event_audit WHERE event_id = ? AND kind = 'tie_drawn' ORDER BY id",
  );
  return {
    add(e: NewAuditEntry): void {
      insert.run(
        e.eventId,
        e.at,
        e.version,
        e.kind,
        e.summary,
        JSON.stringify(e.detail ?? null),
        e.reason,
        e.afterFirstScore ? 1 : 0,
      );
    },
    list: (eventId: string): AuditEntry[] =>
      list.all(eventId).map((row) => ({
        id: row.id,
        at: row.at,
        version: row.version,
        kind: row.kind,
        summary: row.summary,
        reason: row.reason,
        afterFirstScore: row.after_first_score === 1,
      })),
    /** The committee's draws, oldest first: for the same teams the latest one counts. */
    draws: (eventId: string): DrawRecord[] =>
      draws.all(eventId).map((row) => parseJsonColumn(DrawRecordSchema, row.detail, 'event_audit.detail')),
    /** Team ids the organizer moved while they already had scores (recorded in the entries' detail). */
    movedWithScores(eventId: string): Set<string> {
      const moved = new Set<string>();
      for (const row of list.all(eventId)) {
        const detail: unknown = JSON.parse(row.detail);
        if (typeof detail === 'object' && detail !== null && 'movedWithScores' in detail) {
          const ids = detail.movedWithScores;
          if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') moved.add(id);
        }
      }
      return moved;
    },
  };
}
