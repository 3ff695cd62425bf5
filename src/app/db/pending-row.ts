/**
 * A freshly signed bundle as the outbox stores it: pending, not yet tried, with the hash the next
 * bundle chains to. One place, so a bundle built by the outbox and one made by splitting look alike.
 */
import type { BundleRow } from '#app/db/database.ts';
import { bundleHash, type ScoreBundle } from '#shared/bundle.ts';

export async function pendingRow(bundle: ScoreBundle): Promise<BundleRow> {
  return {
    bundleId: bundle.bundleId,
    fromSeq: bundle.fromSeq,
    toSeq: bundle.toSeq,
    state: 'pending',
    bundle,
    hash: await bundleHash(bundle),
    attempts: 0,
  };
}
