/**
 * A bundle the server (or a proxy in front of it) refused with 413 was never stored: the body was
 * turned away before it was read. It is split in two halves covering the same seqs, each signed and
 * chained (the first from the refused bundle's prevHash, the second from the first), and every later
 * pending bundle of the chain is signed again on top of them. A half that is still too large is split
 * again on its own 413, so any limit is found in a few rounds. The refused bundle is the one bundle
 * the outbox ever replaces: no server holds it.
 */
import { type BundleRow, db } from '#app/db/database.ts';
import { type ChainOwner, inChain } from '#app/db/outbox-plan.ts';
import { pendingRow } from '#app/db/pending-row.ts';
import { bundleHash, type ScoreBundle, signBundle, type UnsignedBundle } from '#shared/bundle.ts';
import { randomId } from '#shared/runtime.ts';

export type SplitResult =
  | { kind: 'split'; parts: [BundleRow, BundleRow] }
  /** One change cannot be split. */
  | { kind: 'single' }
  /** The bundle or the chain after it moved meanwhile; the next pass looks again. */
  | { kind: 'raced' };

export async function splitPendingBundle(owner: ChainOwner, bundleId: string): Promise<SplitResult> {
  const read = await db.transaction('r', db.bundles, async () => {
    const row = await db.bundles.get(bundleId);
    const later = (
      await db.bundles
        .where('fromSeq')
        .above(row?.fromSeq ?? Number.MAX_SAFE_INTEGER)
        .sortBy('fromSeq')
    ).filter((r) => inChain(owner, r));
    return { row, later };
  });
  const { row, later } = read;
  if (row?.state !== 'pending' || !inChain(owner, row)) return { kind: 'raced' };
  if (row.bundle.changes.length < 2) return { kind: 'single' };
  if (later.some((r) => r.state !== 'pending')) return { kind: 'raced' };

  const { signature: _refused, ...unsigned } = row.bundle;
  const half = Math.ceil(unsigned.changes.length / 2);
  const first = await sealed(owner, {
    ...unsigned,
    bundleId: `b-${randomId(12)}`,
    toSeq: unsigned.fromSeq + half - 1,
    changes: unsigned.changes.slice(0, half),
  });
  const second = await sealed(owner, {
    ...unsigned,
    bundleId: `b-${randomId(12)}`,
    fromSeq: unsigned.fromSeq + half,
    prevHash: first.hash,
    changes: unsigned.changes.slice(half),
  });
  const rechained: BundleRow[] = [];
  let prevHash = second.hash;
  for (const next of later) {
    const { signature: _old, ...rest } = next.bundle;
    const bundle = await signBundle({ ...rest, prevHash }, owner.secret);
    prevHash = await bundleHash(bundle);
    rechained.push({ ...next, bundle, hash: prevHash });
  }

  return db.transaction('rw', [db.bundles, db.changes], async (): Promise<SplitResult> => {
    const current = await db.bundles.get(bundleId);
    const currentLater = (await db.bundles.where('fromSeq').above(row.fromSeq).toArray()).filter((r) =>
      inChain(owner, r),
    );
    const moved =
      current?.state !== 'pending' ||
      current.bundle.signature !== row.bundle.signature ||
      currentLater.length !== later.length ||
      currentLater.some(
        (r) => r.state !== 'pending' || !later.some((l) => l.bundle.signature === r.bundle.signature),
      );
    if (moved) return { kind: 'raced' };
    await db.bundles.delete(bundleId);
    await db.bundles.bulkAdd([first, second]);
    await db.bundles.bulkPut(rechained);
    for (const part of [first, second]) {
      await db.changes
        .where('seq')
        .between(part.fromSeq, part.toSeq, true, true)
        .modify({ bundleId: part.bundleId });
    }
    return { kind: 'split', parts: [first, second] };
  });
}

async function sealed(owner: ChainOwner, unsigned: UnsignedBundle): Promise<BundleRow> {
  const bundle: ScoreBundle = await signBundle(
    { ...unsigned, toSeq: unsigned.fromSeq + unsigned.changes.length - 1 },
    owner.secret,
  );
  return pendingRow(bundle);
}
