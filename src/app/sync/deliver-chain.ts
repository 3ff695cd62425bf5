/**
 * Delivers this credential's chain: bundles whatever is unsent, then uploads the pending bundles
 * strictly in order and stops at the first one the server did not confirm — except for two answers
 * the tablet settles by itself. A 413 means the bundle was turned away unread: it is split and the
 * parts go instead. A sequence gap BELOW what the tablet has sent means the server lost bundles it
 * once confirmed (restored from a backup): the tablet sends them again, byte for byte, then goes on.
 */
import { splitPendingBundle } from '#app/db/bundle-split.ts';
import type { Credential } from '#app/db/credential-repo.ts';
import type { BundleRow } from '#app/db/database.ts';
import {
  buildNextBundle,
  listChainBundlesBetween,
  listChainPending,
  markBundleSent,
  recordBundleFailure,
} from '#app/db/outbox-repo.ts';
import { asFailure, lowerGap, resendBundles, type UploadFailure } from '#app/sync/heal-gap.ts';
import { type UploadOptions, uploadBundle } from '#app/sync/upload-bundle.ts';

export type { UploadFailure } from '#app/sync/heal-gap.ts';

export interface BlockingChange {
  seq: number;
  jurorId: string;
  eventId: string;
}

export type ChainOutcome =
  | { kind: 'done'; delivered: boolean }
  /** A change that is not this juror's sits in the run; what came before it was sent. */
  | { kind: 'blocked'; delivered: boolean; change: BlockingChange }
  | { kind: 'failed'; delivered: boolean; failure: UploadFailure };

type Step =
  | { kind: 'sent'; delivered: boolean }
  /** The chain changed (a split, a healed gap): plan and upload again. */
  | { kind: 'again'; delivered: boolean }
  | { kind: 'failed'; delivered: boolean; failure: UploadFailure };

// New changes keep arriving while a pass uploads; a bound keeps one pass from running forever.
const MAX_ROUNDS = 50;

export async function deliverChain(
  credential: Credential,
  options: UploadOptions,
  now: () => Date,
): Promise<ChainOutcome> {
  let delivered = false;
  // Each lower seq the server asks for is healed once per pass: a server that keeps losing stops it.
  const healed = new Set<number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const blocked = await bundleEverything(credential, now);
    const pending = await listChainPending(credential);
    if (pending.length === 0) {
      return blocked ? { kind: 'blocked', delivered, change: blocked } : { kind: 'done', delivered };
    }
    const step = await uploadInOrder(credential, pending, options, healed);
    delivered ||= step.delivered;
    if (step.kind === 'failed') return { kind: 'failed', delivered, failure: step.failure };
  }
  return { kind: 'done', delivered };
}

/** Builds bundles until the unsent run is used up; returns the change that blocks the run, if any. */
async function bundleEverything(
  credential: Credential,
  now: () => Date,
): Promise<BlockingChange | undefined> {
  for (let i = 0; i < MAX_ROUNDS; i++) {
    const result = await buildNextBundle(credential, now());
    if (result.kind === 'nothing') return undefined;
    if (result.kind === 'blocked')
      return { seq: result.seq, jurorId: result.jurorId, eventId: result.eventId };
  }
  return undefined;
}

async function uploadInOrder(
  credential: Credential,
  pending: BundleRow[],
  options: UploadOptions,
  healed: Set<number>,
): Promise<Step> {
  let delivered = false;
  for (const row of pending) {
    const outcome = await uploadBundle(row, credential.token, options);
    if (outcome.kind === 'accepted') {
      await markBundleSent(row.bundleId, outcome.receipt);
      delivered = true;
      continue;
    }
    await recordBundleFailure(row.bundleId, outcome.problem.detail);
    if (outcome.kind === 'too_large') {
      const split = await splitPendingBundle(credential, row.bundleId);
      if (split.kind === 'single') return { kind: 'failed', delivered, failure: asFailure(outcome) };
      return { kind: 'again', delivered };
    }
    const lower = lowerGap(outcome, row.fromSeq);
    if (lower !== undefined && !healed.has(lower)) {
      healed.add(lower);
      const missing = await listChainBundlesBetween(credential, lower, row.fromSeq);
      if (missing) {
        const failure = await resendBundles(missing, credential.token, options);
        if (failure) return { kind: 'failed', delivered, failure };
        return { kind: 'again', delivered: true };
      }
    }
    return { kind: 'failed', delivered, failure: outcome };
  }
  return { kind: 'sent', delivered };
}
