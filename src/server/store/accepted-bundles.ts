/**
 * Read-only: an event's accepted bundles exactly as received, with the hash and time each was accepted
 * under — the raw evidence the results are recomputed from — and, read in the same snapshot, the
 * materialised sheets the recomputation is checked against.
 */
import type { Db } from '#server/db.ts';
import { parseJsonColumn } from '#server/store/rows.ts';
import { createSheetsStore } from '#server/store/sheets.ts';
import { ScoreBundleSchema } from '#shared/bundle.ts';
import type { AcceptedBundle } from '#shared/results/replay-bundles.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

interface AcceptedRow {
  body: string;
  hash: string;
  received_at: string;
}

export interface ResultsEvidence {
  accepted: AcceptedBundle[];
  materialised: ScoreSheet[];
}

export function createAcceptedBundlesStore(db: Db) {
  const select = db.prepare<[string], AcceptedRow>(
    'SELECT body, hash, received_at FROM bundles WHERE event_id = ? ORDER BY device_id, from_seq',
  );
  const sheets = createSheetsStore(db);
  const list = (eventId: string): AcceptedBundle[] =>
    select.all(eventId).map((row) => ({
      bundle: parseJsonColumn(ScoreBundleSchema, row.body, 'bundles.body'),
      hash: row.hash,
      receivedAt: row.received_at,
    }));
  // A deferred transaction is one WAL snapshot: a bundle committed meanwhile is in both or in neither.
  const snapshot = db.transaction(
    (eventId: string): ResultsEvidence => ({ accepted: list(eventId), materialised: sheets.list(eventId) }),
  );

  return {
    /** Every accepted bundle of the event, by device then seq; a body that no longer parses throws. */
    list,
    /** The accepted bundles and the materialised sheets of the event, as of one moment. */
    evidence: (eventId: string): ResultsEvidence => snapshot.deferred(eventId),
  };
}
