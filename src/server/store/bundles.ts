/**
 * Accepted bundles and their changes (append-only). A bundle row keeps the bundle's canonical JSON —
 * the bytes its signature and hash were verified over (src/server/http/read-bundle.ts) — and the
 * receipt that was sent for it, so a resend gets the very same receipt.
 */

import type { Db } from '#server/db.ts';
import { type BundleRow, type StoredBundle, toStoredBundle } from '#server/store/rows.ts';
import type { BundleReceipt, ScoreBundle } from '#shared/bundle.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

interface BundleInsert {
  bundleId: string;
  deviceId: string;
  eventId: string;
  jurorId: string;
  fromSeq: number;
  toSeq: number;
  hash: string;
  body: string;
  receipt: string;
  receivedAt: string;
}

interface ChangeInsert {
  deviceId: string;
  seq: number;
  bundleId: string;
  eventId: string;
  jurorId: string;
  teamId: string;
  kind: string;
  criterionId: string | null;
  oldValue: string;
  newValue: string;
  at: string;
  reason: string | null;
}

export function createBundlesStore(db: Db) {
  const get = db.prepare<{ bundleId: string }, BundleRow>(
    'SELECT bundle_id, device_id, from_seq, to_seq, hash, receipt FROM bundles WHERE bundle_id = @bundleId',
  );
  const insertBundle = db.prepare<BundleInsert>(
    `INSERT INTO bundles (bundle_id, device_id, event_id, juror_id, from_seq, to_seq, hash, body, receipt, received_at)
     VALUES (@bundleId, @deviceId, @eventId, @jurorId, @fromSeq, @toSeq, @hash, @body, @receipt, @receivedAt)`,
  );
  const insertChange = db.prepare<ChangeInsert>(
    `INSERT INTO changes (device_id, seq, bundle_id, event_id, juror_id, team_id, kind, criterion_id, old_value, new_value, at, reason)
     VALUES (@deviceId, @seq, @bundleId, @eventId, @jurorId, @teamId, @kind, @criterionId, @oldValue, @newValue, @at, @reason)`,
  );
  const countChanges = db.prepare<{ deviceId: string; fromSeq: number; toSeq: number }, { n: number }>(
    'SELECT COUNT(*) AS n FROM changes WHERE device_id = @deviceId AND seq BETWEEN @fromSeq AND @toSeq',
  );

  return {
    get(bundleId: string): StoredBundle | undefined {
      const row = get.get({ bundleId });
      return row && toStoredBundle(row);
    },
    /**
     * Stores the bundle (`canonical` is its canonical JSON) with its receipt, and each change as its
     * own row; returns the receipt's JSON as stored.
     */
    insert(bundle: ScoreBundle, canonical: string, receipt: BundleReceipt): string {
      const receiptJson = JSON.stringify(receipt);
      const { bundleId, deviceId, eventId, jurorId, fromSeq, toSeq } = bundle;
      insertBundle.run({
        bundleId,
        deviceId,
        eventId,
        jurorId,
        fromSeq,
        toSeq,
        hash: receipt.hash,
        body: canonical,
        receipt: receiptJson,
        receivedAt: receipt.receivedAt,
      });
      for (const change of bundle.changes) insertChange.run(changeRow(bundleId, deviceId, change));
      return receiptJson;
    },
    /** How many of the device's seqs in [fromSeq, toSeq] are already stored. */
    countStoredSeqs: (deviceId: string, fromSeq: number, toSeq: number): number =>
      countChanges.get({ deviceId, fromSeq, toSeq })?.n ?? 0,
  };
}

/** Values are JSON-encoded, so a number and a text stay apart in one column. */
function changeRow(bundleId: string, deviceId: string, c: ChangeEntry): ChangeInsert {
  return {
    deviceId,
    seq: c.seq,
    bundleId,
    eventId: c.eventId,
    jurorId: c.jurorId,
    teamId: c.teamId,
    kind: c.kind,
    criterionId: c.criterionId,
    oldValue: JSON.stringify(c.oldValue),
    newValue: JSON.stringify(c.newValue),
    at: c.at,
    reason: c.reason ?? null,
  };
}
