/**
 * Bundles built under an earlier enrollment of this tablet (another juror's, or this juror's before a
 * new code) are outside this credential's chain and never hold it up. Each is offered once more: the
 * server may hold it already (its reply was lost before the hand-over) and then answers with the
 * original receipt. One the server refuses for good is kept as 'stranded' and not offered again.
 */
import type { Credential } from '#app/db/credential-repo.ts';
import {
  listLeftoverBundles,
  markBundleSent,
  markBundleStranded,
  recordBundleFailure,
} from '#app/db/outbox-repo.ts';
import type { UploadFailure } from '#app/sync/deliver-chain.ts';
import { type UploadOptions, uploadBundle } from '#app/sync/upload-bundle.ts';

export interface LeftoverOutcome {
  delivered: boolean;
  /** A failure that says nothing about the bundle itself (the network, this credential). */
  failure?: UploadFailure;
}

export async function deliverLeftovers(
  credential: Credential,
  options: UploadOptions,
): Promise<LeftoverOutcome> {
  let delivered = false;
  for (const row of await listLeftoverBundles(credential)) {
    const outcome = await uploadBundle(row, credential.token, options);
    if (outcome.kind === 'accepted') {
      await markBundleSent(row.bundleId, outcome.receipt);
      delivered = true;
      continue;
    }
    await recordBundleFailure(row.bundleId, outcome.problem.detail);
    if (outcome.kind === 'retry') return { delivered, failure: outcome };
    if (outcome.kind === 'stop' && outcome.problem.code === 'revoked') return { delivered, failure: outcome };
    await markBundleStranded(row.bundleId, outcome.problem.detail);
  }
  return { delivered };
}
