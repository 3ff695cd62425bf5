/**
 * After the tablet enrolls again its secret is new, so pending bundles the server has not received
 * (they start at or after the seq it expects) would fail the signature check forever. They are signed
 * again, in order, chained from the server's head; same id, same changes. The old signature is
 * dropped: no server ever accepted it. Bundles before that seq are on the server already and keep
 * their bytes, so resending them fetches the original receipt.
 *
 * A tablet whose device was revoked enrolls under a new device id (device-identity.ts): then the
 * bundles it re-signs also take the new id. They keep their bundle ids, so a bundle the server
 * somehow holds already is refused as a conflict, never stored a second time.
 */
import { type BundleRow, db } from '#app/db/database.ts';
import type { ChainOwner } from '#app/db/outbox-plan.ts';
import { bundleHash, type ScoreBundle, signBundle, verifyBundleSignature } from '#shared/bundle.ts';

/** Re-signs what needs it; returns how many bundles were re-signed. */
export async function resealPendingBundles(owner: ChainOwner): Promise<number> {
  const chain = (await db.bundles.where('fromSeq').aboveOrEqual(owner.expectedSeq).sortBy('fromSeq')).filter(
    (row) => row.bundle.jurorId === owner.jurorId && row.bundle.eventId === owner.eventId,
  );
  const updates: { row: BundleRow; bundle: ScoreBundle; hash: string }[] = [];
  let prevHash = owner.prevHash;
  let nextSeq = owner.expectedSeq;
  for (const row of chain) {
    if (row.fromSeq !== nextSeq) break;
    const sealed =
      updates.length === 0 &&
      row.bundle.prevHash === prevHash &&
      row.bundle.deviceId === owner.deviceId &&
      (row.state === 'sent' || (await verifyBundleSignature(row.bundle, owner.secret)));
    if (sealed) {
      prevHash = row.hash;
    } else {
      if (row.state !== 'pending') break;
      const { signature: _old, ...unsigned } = row.bundle;
      const bundle = await signBundle({ ...unsigned, deviceId: owner.deviceId, prevHash }, owner.secret);
      prevHash = await bundleHash(bundle);
      updates.push({ row, bundle, hash: prevHash });
    }
    nextSeq = row.toSeq + 1;
  }
  if (updates.length === 0) return 0;

  return db.transaction('rw', db.bundles, async () => {
    for (const { row } of updates) {
      const current = await db.bundles.get(row.bundleId);
      // Someone else re-signed or sent it meanwhile; the next pass looks again.
      if (current?.state !== 'pending' || current.bundle.signature !== row.bundle.signature) return 0;
    }
    for (const { row, bundle, hash } of updates) await db.bundles.update(row.bundleId, { bundle, hash });
    return updates.length;
  });
}
