/**
 * A revoked device's final chain head, as the server reported it when this tablet enrolled again for
 * the same juror under a new id: the server holds that device's changes up to `nextSeq − 1`, ending
 * with the bundle whose hash is `lastHash`, and nothing after — it can take nothing more from it.
 *
 * The tablet finds that bundle among its own and follows the prevHash links back: every bundle on
 * that path is on the server byte for byte (a hash commits to everything before it), even one whose
 * receipt was lost just before the revocation, so it is marked sent and never goes again — sending it
 * again under the new id would store its changes twice. The juror's bundles from `nextSeq` on are what
 * the server lacks; they go again under the new id (bundle-reseal.ts re-signs them, same bundle ids,
 * so a server that somehow holds one refuses it rather than storing it twice). A bundle marked sent
 * from there on was lost by the server (restored from a backup) and goes again too.
 *
 * If the tablet's bundles do not agree with the head, nothing is taken as delivered and nothing moves:
 * the mismatch is kept in the device history and the status screen says so (the panitia decides).
 */
import { type BundleRow, db } from '#app/db/database.ts';
import { type HeadCheck, recordFinalHead } from '#app/db/device-identity.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';

export interface FinalHead {
  deviceId: string;
  nextSeq: number;
  lastHash: string;
}

export type HeadPlan =
  | { kind: 'mismatch'; reason: string }
  /** `confirmed`: on the server, not yet marked sent. `reopened`: marked sent, but the server lacks them. */
  | { kind: 'matched'; confirmed: BundleRow[]; reopened: BundleRow[] };

/** Compares the revoked device's bundles on this tablet with its final head; reads nothing else. */
export function planFinalHead(
  rows: readonly BundleRow[],
  head: FinalHead,
  owner: { jurorId: string; eventId: string },
): HeadPlan {
  const mine = rows.filter((row) => row.bundle.deviceId === head.deviceId);
  const onServer = new Set<string>();
  if (head.lastHash !== GENESIS_HASH) {
    const byHash = new Map(mine.map((row) => [row.hash, row]));
    let row = byHash.get(head.lastHash);
    if (!row || row.toSeq >= head.nextSeq)
      return { kind: 'mismatch', reason: `no bundle of ${head.deviceId} here ends at ${head.lastHash}` };
    while (row && !onServer.has(row.bundleId)) {
      onServer.add(row.bundleId);
      row = byHash.get(row.bundle.prevHash);
    }
  }
  const own = mine.filter(
    (row) => row.bundle.jurorId === owner.jurorId && row.bundle.eventId === owner.eventId,
  );
  const stray = own.find((row) => row.fromSeq < head.nextSeq && !onServer.has(row.bundleId));
  if (stray)
    return {
      kind: 'mismatch',
      reason: `bundle ${stray.bundleId} (seq ${stray.fromSeq}–${stray.toSeq}) is not the server's`,
    };
  return {
    kind: 'matched',
    confirmed: mine.filter((row) => onServer.has(row.bundleId) && row.state !== 'sent'),
    reopened: own.filter((row) => row.fromSeq >= head.nextSeq && row.state !== 'pending'),
  };
}

/**
 * Applies the head to this tablet's bundles and records the outcome in the device history; call inside
 * a transaction over db.bundles, db.changes and db.meta (the enrollment's, so it lands with the
 * credential or not at all).
 */
export async function adoptFinalHead(
  head: FinalHead,
  owner: { jurorId: string; eventId: string },
  at: string,
): Promise<HeadCheck> {
  const rows = await db.bundles.filter((row) => row.bundle.deviceId === head.deviceId).toArray();
  const plan = planFinalHead(rows, head, owner);
  const { nextSeq, lastHash } = head;
  if (plan.kind === 'mismatch') {
    await recordFinalHead(head.deviceId, { nextSeq, lastHash, check: 'mismatch', reason: plan.reason, at });
    return 'mismatch';
  }
  await recordFinalHead(head.deviceId, { nextSeq, lastHash, check: 'matched', at });
  for (const row of plan.confirmed) {
    await db.bundles.update(row.bundleId, { state: 'sent', confirmedByHeadAt: at });
    await db.changes.where('bundleId').equals(row.bundleId).modify({ state: 'sent' });
  }
  const lost = `${head.deviceId} was revoked; the server holds its changes only up to seq ${head.nextSeq - 1}`;
  for (const row of plan.reopened) {
    await db.bundles.update(row.bundleId, { state: 'pending', lastError: lost });
    await db.changes.where('bundleId').equals(row.bundleId).modify({ state: 'bundled' });
  }
  return 'matched';
}
