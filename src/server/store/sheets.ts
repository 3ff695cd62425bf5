/**
 * The latest score sheet per (event, juror, team): always the replay of the accepted changes. The
 * sheet row holds everything but the audit trail, whose entries are rows of their own (migration 2),
 * so a change rewrites one small row — bounded by the text limits — and appends at most one audit
 * row, however long the trail: when the trail lived in the row, one device's reasons made every
 * change to that sheet rewrite and re-parse a 20 MB blob, and ingest slowed for everyone.
 */

import type { Db } from '#server/db.ts';
import { parseAuditEntry, parseSheetHead } from '#server/store/rows.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

/** A sheet as replay needs it: without its audit trail (`audit` is []), with the trail's length. */
export interface SheetState {
  sheet: ScoreSheet;
  auditCount: number;
}

/** A replayed sheet to store: `sheet.audit` holds only the entries added since `auditBefore`. */
export interface SheetUpdate {
  sheet: ScoreSheet;
  auditBefore: number;
}

interface HeadRow {
  sheet: string;
  audit_count: number;
}
interface AuditRow {
  juror_id: string;
  team_id: string;
  entry: string;
}

/**
 * A stored sheet as its text: the head row's JSON and each audit entry's JSON, unparsed. The results
 * check compares these texts with the replayed sheets written the same way, and parses only a sheet
 * whose text differs (to name the field): at national scale parsing 15,000 sheets cost more than the
 * replay itself.
 */
export interface StoredSheetText {
  jurorId: string;
  teamId: string;
  head: string;
  audit: string[];
}

/** The text `save` writes for a sheet's head (everything but the audit trail). */
export function sheetHeadText(sheet: ScoreSheet): string {
  const { audit: _audit, ...head } = sheet;
  return JSON.stringify(head);
}

/** A stored sheet text parsed whole (the slow path, for a sheet whose text differs). */
export function parseStoredSheet(stored: StoredSheetText): ScoreSheet {
  const sheet = parseSheetHead(stored.head);
  sheet.audit.push(...stored.audit.map(parseAuditEntry));
  return sheet;
}

export function createSheetsStore(db: Db) {
  const get = db.prepare<{ eventId: string; jurorId: string; teamId: string }, HeadRow>(
    `SELECT sheet, audit_count FROM sheets WHERE event_id = @eventId AND juror_id = @jurorId AND team_id = @teamId`,
  );
  const put = db.prepare<{
    eventId: string;
    jurorId: string;
    teamId: string;
    sheet: string;
    updatedAt: string;
    auditCount: number;
  }>(
    `INSERT INTO sheets (event_id, juror_id, team_id, sheet, updated_at, audit_count)
     VALUES (@eventId, @jurorId, @teamId, @sheet, @updatedAt, @auditCount)
     ON CONFLICT(event_id, juror_id, team_id)
     DO UPDATE SET sheet = excluded.sheet, updated_at = excluded.updated_at, audit_count = excluded.audit_count`,
  );
  const appendAudit = db.prepare<{
    eventId: string;
    jurorId: string;
    teamId: string;
    position: number;
    entry: string;
  }>(
    `INSERT INTO sheet_audit (event_id, juror_id, team_id, position, entry)
     VALUES (@eventId, @jurorId, @teamId, @position, @entry)`,
  );
  const headsOfEvent = db.prepare<{ eventId: string }, HeadRow>(
    'SELECT sheet, audit_count FROM sheets WHERE event_id = @eventId ORDER BY juror_id, team_id',
  );
  const auditOfEvent = db.prepare<{ eventId: string }, AuditRow>(
    'SELECT juror_id, team_id, entry FROM sheet_audit WHERE event_id = @eventId ORDER BY juror_id, team_id, position',
  );
  const textsOfEvent = db.prepare<{ eventId: string }, HeadRow & { juror_id: string; team_id: string }>(
    'SELECT juror_id, team_id, sheet, audit_count FROM sheets WHERE event_id = @eventId ORDER BY juror_id, team_id',
  );
  const headsOfJuror = db.prepare<{ eventId: string; jurorId: string }, HeadRow>(
    'SELECT sheet, audit_count FROM sheets WHERE event_id = @eventId AND juror_id = @jurorId ORDER BY team_id',
  );
  const auditOfJuror = db.prepare<{ eventId: string; jurorId: string }, AuditRow>(
    `SELECT juror_id, team_id, entry FROM sheet_audit WHERE event_id = @eventId AND juror_id = @jurorId
     ORDER BY team_id, position`,
  );

  const teamHasSheets = db.prepare<{ eventId: string; teamId: string }, { n: number }>(
    'SELECT COUNT(*) AS n FROM sheets WHERE event_id = @eventId AND team_id = @teamId',
  );
  const jurorHasSheets = db.prepare<{ eventId: string; jurorId: string }, { n: number }>(
    'SELECT COUNT(*) AS n FROM sheets WHERE event_id = @eventId AND juror_id = @jurorId',
  );

  return {
    /** Whether any juror has a sheet for the team (it was scored). */
    teamHasSheets: (eventId: string, teamId: string): boolean =>
      (teamHasSheets.get({ eventId, teamId })?.n ?? 0) > 0,
    jurorHasSheets: (eventId: string, jurorId: string): boolean =>
      (jurorHasSheets.get({ eventId, jurorId })?.n ?? 0) > 0,
    /** The sheet without its trail, for replaying the next change onto it. */
    get(eventId: string, jurorId: string, teamId: string): SheetState | undefined {
      const row = get.get({ eventId, jurorId, teamId });
      return row && { sheet: parseSheetHead(row.sheet), auditCount: row.audit_count };
    },
    save({ sheet, auditBefore }: SheetUpdate): void {
      const { audit } = sheet;
      const key = { eventId: sheet.eventId, jurorId: sheet.jurorId, teamId: sheet.teamId };
      put.run({
        ...key,
        sheet: sheetHeadText(sheet),
        updatedAt: sheet.updatedAt,
        auditCount: auditBefore + audit.length,
      });
      for (const [i, entry] of audit.entries())
        appendAudit.run({ ...key, position: auditBefore + i, entry: JSON.stringify(entry) });
    },
    /** Every sheet of an event, whole. */
    list: (eventId: string): ScoreSheet[] =>
      withAudit(headsOfEvent.all({ eventId }), auditOfEvent.all({ eventId })),
    /** Every sheet of an event as stored text, by juror then team (the results check reads these). */
    listText(eventId: string): StoredSheetText[] {
      const texts = textsOfEvent.all({ eventId }).map(
        (row): StoredSheetText => ({
          jurorId: row.juror_id,
          teamId: row.team_id,
          head: row.sheet,
          audit: [],
        }),
      );
      const byKey = new Map(texts.map((t) => [`${t.jurorId}/${t.teamId}`, t]));
      for (const row of auditOfEvent.all({ eventId }))
        byKey.get(`${row.juror_id}/${row.team_id}`)?.audit.push(row.entry);
      return texts;
    },
    /** One juror's sheets in one event, whole, whichever device wrote them. */
    listOfJuror: (eventId: string, jurorId: string): ScoreSheet[] =>
      withAudit(headsOfJuror.all({ eventId, jurorId }), auditOfJuror.all({ eventId, jurorId })),
  };
}

function withAudit(heads: readonly HeadRow[], audit: readonly AuditRow[]): ScoreSheet[] {
  const sheets = heads.map((row) => parseSheetHead(row.sheet));
  const byKey = new Map(sheets.map((s) => [`${s.jurorId}/${s.teamId}`, s]));
  for (const row of audit)
    byKey.get(`${row.juror_id}/${row.team_id}`)?.audit.push(parseAuditEntry(row.entry));
  return sheets;
}
