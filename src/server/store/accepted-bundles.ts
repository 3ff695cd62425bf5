/**
 * Read-only: an event's accepted bundles exactly as received, with the hash and time each was accepted
 * under — the raw evidence the results are recomputed from — and, read in the same snapshot, the
 * materialised sheets the recomputation is checked against.
 */
import { createHash } from 'node:crypto';
import type { Db } from '#server/db.ts';
import { parseJsonColumn } from '#server/store/rows.ts';
import { createSheetsStore, type StoredSheetText } from '#server/store/sheets.ts';
import { type ScoreBundle, ScoreBundleSchema } from '#shared/bundle-schema.ts';
import { canonicalJson } from '#shared/canonical.ts';
import type { AcceptedBundle } from '#shared/results/replay-bundles.ts';

interface AcceptedRow {
  body: string;
  hash: string;
  received_at: string;
}

export interface ResultsEvidence {
  accepted: AcceptedBundle[];
  /** The materialised sheets as stored text (checked against the replay without parsing them). */
  materialised: StoredSheetText[];
}

export function createAcceptedBundlesStore(db: Db) {
  // In table order, which is the order of acceptance: the replay orders by acceptance and the
  // fingerprint by device and seq, each itself. ORDER BY device made SQLite copy every 2 KB body
  // through a temporary B-tree (a quarter of the national-scale read), and the replay sort again.
  const select = db.prepare<[string], AcceptedRow>(
    'SELECT body, hash, received_at FROM bundles WHERE event_id = ? ORDER BY rowid',
  );
  const sheets = createSheetsStore(db);
  const list = (eventId: string): AcceptedBundle[] => select.all(eventId).map(readAccepted);
  // A deferred transaction is one WAL snapshot: a bundle committed meanwhile is in both or in neither.
  const snapshot = db.transaction(
    (eventId: string): ResultsEvidence => ({
      accepted: list(eventId),
      materialised: sheets.listText(eventId),
    }),
  );

  return {
    /**
     * Every accepted bundle of the event, in the order accepted, each with the SHA-256 of its canonical
     * JSON as read; a body that no longer parses throws.
     */
    list,
    /** The accepted bundles and the materialised sheets of the event, as of one moment. */
    evidence: (eventId: string): ResultsEvidence => snapshot.deferred(eventId),
  };
}

/** SHA-256 as lowercase hex, the function the receipts' hashes were made with. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

function readAccepted(row: AcceptedRow): AcceptedBundle {
  const raw: unknown = JSON.parse(row.body);
  // Bodies are stored as their canonical JSON (ingest refuses any other form), so hashing the stored
  // bytes is hashing the canonical JSON; rows from before that rule are encoded again first.
  const storedHash = sha256Hex(row.body);
  const contentHash = storedHash === row.hash ? storedHash : sha256Hex(canonicalJson(raw));
  const receivedAt = row.received_at;
  if (provenByReceipt(raw, contentHash, row.hash))
    return { bundle: raw, hash: row.hash, receivedAt, contentHash };
  // Not byte for byte the bundle accepted (a body sent with extra members or untrimmed text reads so):
  // the schema decides what it holds, and the results compare its content hash with the receipt's.
  return { bundle: parseJsonColumn(ScoreBundleSchema, row.body, 'bundles.body'), hash: row.hash, receivedAt };
}

/**
 * The receipt hash is SHA-256 of the canonical JSON of the bundle as ScoreBundleSchema validated it at
 * ingest. A body whose canonical JSON has that hash is therefore, member for member, that validated
 * bundle, and the schema need not run again over its changes (165,000 of them at national scale).
 */
function provenByReceipt(_raw: unknown, contentHash: string, receiptHash: string): _raw is ScoreBundle {
  return contentHash === receiptHash;
}
