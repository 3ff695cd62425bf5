/**
 * The floor the ingest rate is compared with: better-sqlite3 on a temporary file with the server's
 * durability (WAL, synchronous=FULL) inserting the same rows as the server's bundles and changes
 * tables — a row per bundle with its JSON body and receipt, a row per change — one transaction per
 * bundle, with no HTTP, JSON parsing, validation, crypto or materialised sheets.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as v from 'valibot';
import { type BundleReceipt, ScoreBundleSchema } from '#shared/bundle.ts';

export interface RawRow {
  bundle: v.InferOutput<typeof ScoreBundleSchema>;
  body: string;
  receipt: BundleReceipt;
  receiptJson: string;
}

const SCHEMA = `
  CREATE TABLE bundles (
    bundle_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, event_id TEXT NOT NULL, juror_id TEXT NOT NULL,
    from_seq INTEGER NOT NULL, to_seq INTEGER NOT NULL, hash TEXT NOT NULL, body TEXT NOT NULL,
    receipt TEXT NOT NULL, received_at TEXT NOT NULL
  );
  CREATE TABLE changes (
    device_id TEXT NOT NULL, seq INTEGER NOT NULL, bundle_id TEXT NOT NULL, event_id TEXT NOT NULL,
    juror_id TEXT NOT NULL, team_id TEXT NOT NULL, kind TEXT NOT NULL, criterion_id TEXT,
    old_value TEXT NOT NULL, new_value TEXT NOT NULL, at TEXT NOT NULL, reason TEXT,
    PRIMARY KEY (device_id, seq)
  ) WITHOUT ROWID;
`;

/** Parses what was sent once, outside the clock. */
export function toRawRows(sent: readonly { body: string; receipt: BundleReceipt }[]): RawRow[] {
  return sent.map(({ body, receipt }) => ({
    bundle: v.parse(ScoreBundleSchema, JSON.parse(body)),
    body,
    receipt,
    receiptJson: JSON.stringify(receipt),
  }));
}

export interface RawStore {
  /** Inserts `rows`, one transaction per bundle; returns the elapsed milliseconds. */
  timeInserts(rows: readonly RawRow[]): number;
  close(): Promise<void>;
}

export async function openRawStore(): Promise<RawStore> {
  const dir = await mkdtemp(join(tmpdir(), 'juri-bench-raw-'));
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  const insertBundle = db.prepare(
    'INSERT INTO bundles (bundle_id, device_id, event_id, juror_id, from_seq, to_seq, hash, body, receipt, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertChange = db.prepare(
    'INSERT INTO changes (device_id, seq, bundle_id, event_id, juror_id, team_id, kind, criterion_id, old_value, new_value, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insert = db.transaction((row: RawRow) => {
    const { bundle, receipt } = row;
    insertBundle.run(
      bundle.bundleId,
      bundle.deviceId,
      bundle.eventId,
      bundle.jurorId,
      bundle.fromSeq,
      bundle.toSeq,
      receipt.hash,
      row.body,
      row.receiptJson,
      receipt.receivedAt,
    );
    for (const c of bundle.changes) {
      insertChange.run(
        bundle.deviceId,
        c.seq,
        bundle.bundleId,
        c.eventId,
        c.jurorId,
        c.teamId,
        c.kind,
        c.criterionId,
        JSON.stringify(c.oldValue),
        JSON.stringify(c.newValue),
        c.at,
        c.reason ?? null,
      );
    }
  });
  return {
    timeInserts(rows) {
      const started = performance.now();
      for (const row of rows) insert(row);
      return performance.now() - started;
    },
    close: async () => {
      db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
