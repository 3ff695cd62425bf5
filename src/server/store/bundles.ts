/** Accepted bundles and their changes (append-only), and the log of rejected bundles. */

import type { Db } from '#server/db.ts';
import { type BundleRow, type StoredBundle, toStoredBundle } from '#server/store/rows.ts';
import type { BundleReceipt, ScoreBundle } from '#shared/bundle.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

export interface Rejection {
  deviceId: string;
  bundleId: string;
  code: string;
  message: string;
  body: string;
  receivedAt: string;
}

/** Exported so the ingest benchmark's raw baseline runs the very statements the server runs. */
export const INSERT_BUNDLE_SQL = `INSERT INTO bundles (bundle_id, device_id, event_id, juror_id, from_seq, to_seq, hash, body, receipt, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
export const INSERT_CHANGE_SQL = `INSERT INTO changes (device_id, seq, bundle_id, event_id, juror_id, team_id, kind, criterion_id, old_value, new_value, at, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The parameters of INSERT_BUNDLE_SQL and INSERT_CHANGE_SQL, in column order. */
export type InsertBundleParams = [
  string,
  string,
  string,
  string,
  number,
  number,
  string,
  string,
  string,
  string,
];
export type InsertChangeParams = [
  string,
  number,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string,
  string,
  string,
  string | null,
];

export function createBundlesStore(db: Db) {
  const get = db.prepare<[string], BundleRow>(
    'SELECT bundle_id, device_id, from_seq, to_seq, hash, receipt FROM bundles WHERE bundle_id = ?',
  );
  const insertBundle = db.prepare<InsertBundleParams>(INSERT_BUNDLE_SQL);
  const insertChange = db.prepare<InsertChangeParams>(INSERT_CHANGE_SQL);
  const countChanges = db.prepare<[string, number, number], { n: number }>(
    'SELECT COUNT(*) AS n FROM changes WHERE device_id = ? AND seq BETWEEN ? AND ?',
  );
  const insertRejection = db.prepare<[string, string, string, string, string, string]>(
    'INSERT INTO rejections (device_id, bundle_id, code, message, body, received_at) VALUES (?, ?, ?, ?, ?, ?)',
  );

  return {
    get(bundleId: string): StoredBundle | undefined {
      const row = get.get(bundleId);
      return row && toStoredBundle(row);
    },
    /** Stores the bundle exactly as received plus its receipt, and each change as its own row; returns the receipt's JSON. */
    insert(bundle: ScoreBundle, body: string, receipt: BundleReceipt): string {
      const params = bundleParams(bundle, body, receipt);
      insertBundle.run(...params);
      for (const c of bundle.changes) insertChangeRow(bundle.bundleId, bundle.deviceId, c);
      return params[8]; // the receipt's JSON, as stored
    },
    /** How many of the device's seqs in [fromSeq, toSeq] are already stored. */
    countStoredSeqs: (deviceId: string, fromSeq: number, toSeq: number): number =>
      countChanges.get(deviceId, fromSeq, toSeq)?.n ?? 0,
    reject(r: Rejection): void {
      insertRejection.run(r.deviceId, r.bundleId, r.code, r.message, r.body, r.receivedAt);
    },
  };

  function insertChangeRow(bundleId: string, deviceId: string, c: ChangeEntry): void {
    insertChange.run(...changeParams(bundleId, deviceId, c));
  }
}

/** A bundle as the row INSERT_BUNDLE_SQL writes: the body exactly as received, the receipt as JSON. */
export function bundleParams(bundle: ScoreBundle, body: string, receipt: BundleReceipt): InsertBundleParams {
  const { bundleId, deviceId, eventId, jurorId, fromSeq, toSeq } = bundle;
  return [
    bundleId,
    deviceId,
    eventId,
    jurorId,
    fromSeq,
    toSeq,
    receipt.hash,
    body,
    JSON.stringify(receipt),
    receipt.receivedAt,
  ];
}

/** One change as the row INSERT_CHANGE_SQL writes (values JSON-encoded, so numbers and text both fit). */
export function changeParams(bundleId: string, deviceId: string, c: ChangeEntry): InsertChangeParams {
  return [
    deviceId,
    c.seq,
    bundleId,
    c.eventId,
    c.jurorId,
    c.teamId,
    c.kind,
    c.criterionId,
    JSON.stringify(c.oldValue),
    JSON.stringify(c.newValue),
    c.at,
    c.reason ?? null,
  ];
}
