/**
 * One sync pass: deliver this credential's chain (deliver-chain.ts), then offer once more what earlier
 * enrollments of this tablet left pending (deliver-leftovers.ts), and when there was nothing to send
 * for a while, make sure the server still holds what it confirmed (check-head.ts). Everything it
 * learns is written to IndexedDB, so the status survives a reload; no change is ever discarded.
 */

import { resealPendingBundles } from '#app/db/bundle-reseal.ts';
import { type Credential, getCredential } from '#app/db/credential-repo.ts';
import {
  recordHeadChecked,
  recordSyncProblem,
  recordSyncSuccess,
  type SyncProblem,
} from '#app/db/sync-status-repo.ts';
import { checkServerHead, type HeadCheck, headCheckDue } from '#app/sync/check-head.ts';
import { type BlockingChange, deliverChain, type UploadFailure } from '#app/sync/deliver-chain.ts';
import { deliverLeftovers, type LeftoverOutcome } from '#app/sync/deliver-leftovers.ts';
import type { UploadOptions } from '#app/sync/upload-bundle.ts';

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

export async function runSyncPass(options: PassOptions = {}): Promise<PassResult> {
  const now = options.now ?? (() => new Date());
  const credential = await getCredential();
  if (!credential) return { kind: 'idle' };

  // After a re-enrollment, bundles the server never got must carry the new secret's signature.
  await resealPendingBundles(credential);
  const chain = await deliverChain(credential, options, now);
  const leftovers: LeftoverOutcome =
    chain.kind === 'done' ? await deliverLeftovers(credential, options) : { delivered: false };
  const quiet = chain.kind === 'done' && !chain.delivered && !leftovers.delivered && !leftovers.failure;
  const head: HeadCheck =
    quiet && (await headCheckDue(now())) ? await checkServerHead(credential, options) : { kind: 'skipped' };
  const healed = head.kind === 'holds' && head.healed;
  const delivered = chain.delivered || leftovers.delivered || healed;

  // A new code may have replaced the credential meanwhile: this pass's troubles are not the new one's.
  if (!(await stillCurrent(credential))) return { kind: 'idle' };
  const at = now().toISOString();
  if (delivered) await recordSyncSuccess(at);
  else if (head.kind === 'holds') await recordHeadChecked(at);
  if (chain.kind === 'blocked') {
    await recordSyncProblem(foreignChange(chain.change, at));
    return { kind: 'stopped' };
  }
  const failure = chain.kind === 'failed' ? chain.failure : (leftovers.failure ?? headFailure(head));
  if (failure) return reportFailure(failure, at);
  return delivered ? { kind: 'done' } : { kind: 'idle' };
}

const headFailure = (head: HeadCheck): UploadFailure | undefined =>
  head.kind === 'failed' ? head.failure : undefined;

async function reportFailure(failure: UploadFailure, at: string): Promise<PassResult> {
  await recordSyncProblem({ ...failure.problem, at });
  if (failure.kind === 'stop') return { kind: 'stopped' };
  return failure.retryAfterMs === undefined
    ? { kind: 'retry' }
    : { kind: 'retry', retryAfterMs: failure.retryAfterMs };
}

/** Names the change that is in the way, so the panitia can find it; the juror sees plain words. */
function foreignChange(change: BlockingChange, at: string): SyncProblem {
  return { code: 'foreign_change', at, detail: `seq ${change.seq}: ${change.jurorId} · ${change.eventId}` };
}

async function stillCurrent(credential: Credential): Promise<boolean> {
  return (await getCredential())?.token === credential.token;
}
