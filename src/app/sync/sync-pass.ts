/**
 * One sync pass: bundle whatever is unsent, then upload pending bundles strictly in order, stopping at
 * the first one the server did not confirm. Everything it learns is written to IndexedDB, so the
 * status survives a reload; nothing is ever discarded.
 */
import { type Credential, getCredential } from '#app/db/credential-repo.ts';
import type { BundleRow } from '#app/db/database.ts';
import {
  buildNextBundle,
  listPendingBundles,
  markBundleSent,
  recordBundleFailure,
  resealPendingBundles,
} from '#app/db/outbox-repo.ts';
import { recordSyncProblem, recordSyncSuccess } from '#app/db/sync-status-repo.ts';
import { type UploadOptions, uploadBundle } from '#app/sync/upload-bundle.ts';

export type PassResult =
  /** Nothing to send (or not enrolled): no request was made. */
  | { kind: 'idle' }
  /** Everything pending reached the server. */
  | { kind: 'done' }
  | { kind: 'retry'; retryAfterMs?: number }
  /** A person must act (revoked credential, conflict, rejected bundle); retrying stops. */
  | { kind: 'stopped' }
  /** Another tab holds the sync lock. */
  | { kind: 'busy' };

export interface PassOptions extends UploadOptions {
  now?: () => Date;
}

// New changes keep arriving while a pass uploads; a bound keeps one pass from running forever.
const MAX_ROUNDS = 50;

export async function runSyncPass(options: PassOptions = {}): Promise<PassResult> {
  const now = options.now ?? (() => new Date());
  const credential = await getCredential();
  if (!credential) return { kind: 'idle' };

  // After a re-enrollment, bundles the server never got must carry the new secret's signature.
  await resealPendingBundles(credential);
  let delivered = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const blockedAt = await bundleEverything(credential, now);
    const pending = (await listPendingBundles()).filter((row) => belongsTo(row, credential));
    if (pending.length === 0) {
      if (blockedAt !== undefined) {
        if (delivered) await recordSyncSuccess(now().toISOString());
        await recordSyncProblem({
          code: 'foreign_change',
          at: now().toISOString(),
          detail: `seq ${blockedAt}`,
        });
        return { kind: 'stopped' };
      }
      break;
    }
    for (const row of pending) {
      const outcome = await uploadBundle(row, credential.token, options);
      if (outcome.kind === 'accepted') {
        await markBundleSent(row.bundleId, outcome.receipt);
        delivered = true;
        continue;
      }
      await recordBundleFailure(row.bundleId, outcome.problem.detail);
      await recordSyncProblem({ ...outcome.problem, at: now().toISOString() });
      if (outcome.kind === 'stop') return { kind: 'stopped' };
      return outcome.retryAfterMs === undefined
        ? { kind: 'retry' }
        : { kind: 'retry', retryAfterMs: outcome.retryAfterMs };
    }
  }
  if (!delivered) return { kind: 'idle' };
  await recordSyncSuccess(now().toISOString());
  return { kind: 'done' };
}

/** Builds bundles until the unsent run is used up; returns the seq that blocks the run, if any. */
async function bundleEverything(credential: Credential, now: () => Date): Promise<number | undefined> {
  for (let i = 0; i < MAX_ROUNDS; i++) {
    const result = await buildNextBundle(credential, now());
    if (result.kind === 'nothing') return undefined;
    if (result.kind === 'blocked') return result.seq;
  }
  return undefined;
}

// Bundles of a juror who used this tablet before can never go out under this credential; they stay stored.
function belongsTo(row: BundleRow, credential: Credential): boolean {
  return row.bundle.jurorId === credential.jurorId && row.bundle.eventId === credential.eventId;
}
