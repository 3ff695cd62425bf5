/** The latest score sheet per (event, juror, team): always the replay of the accepted changes. */

import type { Db } from '#server/db.ts';
import { parseSheet } from '#server/store/rows.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

/** Exported so the ingest benchmark's raw baseline runs the very statement the server runs. */
export const UPSERT_SHEET_SQL = `INSERT INTO sheets (event_id, juror_id, team_id, sheet, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(event_id, juror_id, team_id) DO UPDATE SET sheet = excluded.sheet, updated_at = excluded.updated_at`;

export function createSheetsStore(db: Db) {
  const get = db.prepare<[string, string, string], { sheet: string }>(
    'SELECT sheet FROM sheets WHERE event_id = ? AND juror_id = ? AND team_id = ?',
  );
  const put = db.prepare<[string, string, string, string, string]>(UPSERT_SHEET_SQL);
  const list = db.prepare<[string], { sheet: string }>(
    'SELECT sheet FROM sheets WHERE event_id = ? ORDER BY juror_id, team_id',
  );
  const listOfJuror = db.prepare<[string, string], { sheet: string }>(
    'SELECT sheet FROM sheets WHERE event_id = ? AND juror_id = ? ORDER BY team_id',
  );

  const teamHasSheets = db.prepare<[string, string], { n: number }>(
    'SELECT COUNT(*) AS n FROM sheets WHERE event_id = ? AND team_id = ?',
  );
  const jurorHasSheets = db.prepare<[string, string], { n: number }>(
    'SELECT COUNT(*) AS n FROM sheets WHERE event_id = ? AND juror_id = ?',
  );

  return {
    /** Whether any juror has a sheet for the team (it was scored). */
    teamHasSheets: (eventId: string, teamId: string): boolean =>
      (teamHasSheets.get(eventId, teamId)?.n ?? 0) > 0,
    jurorHasSheets: (eventId: string, jurorId: string): boolean =>
      (jurorHasSheets.get(eventId, jurorId)?.n ?? 0) > 0,
    get(eventId: string, jurorId: string, teamId: string): ScoreSheet | undefined {
      const row = get.get(eventId, jurorId, teamId);
      return row && parseSheet(row.sheet);
    },
    put(sheet: ScoreSheet): void {
      put.run(sheet.eventId, sheet.jurorId, sheet.teamId, JSON.stringify(sheet), sheet.updatedAt);
    },
    list: (eventId: string): ScoreSheet[] => list.all(eventId).map((row) => parseSheet(row.sheet)),
    /** One juror's sheets in one event, whichever device wrote them. */
    listOfJuror: (eventId: string, jurorId: string): ScoreSheet[] =>
      listOfJuror.all(eventId, jurorId).map((row) => parseSheet(row.sheet)),
  };
}
