/**
 * A server restored from a backup lacks bundles it once confirmed. When the tablet has new changes,
 * their upload finds out (a sequence gap, healed in deliver-chain.ts). When it has none — the juror's
 * last sheet was finalised before the restore — nothing would ever tell it, and the organizer would
 * miss those scores. So when the server has not confirmed anything for HEAD_CHECK_AFTER_MS, the tablet
 * sends its newest confirmed bundle again: the server answers with the original receipt when it holds
 * it, takes it back when that is exactly what it lacks, or names the earlier seq it expects, and the
 * bundles from there go again, byte for byte.
 */
import type { Credential } from '#app/db/credential-repo.ts';
import { lastSentChainBundle, listChainBundlesBetween } from '#app/db/outbox-repo.ts';
import { getSyncStatus } from '#app/db/sync-status-repo.ts';
import { acceptAgain, asFailure, lowerGap, resendBundles, type UploadFailure } from '#app/sync/heal-gap.ts';
import { type UploadOptions, uploadBundle } from '#app/sync/upload-bundle.ts';

export const HEAD_CHECK_AFTER_MS = 5 * 60_000;

export type HeadCheck =
  | { kind: 'skipped' }
  /** The server holds the chain up to its head (perhaps again, after this check). */
  | { kind: 'holds'; healed: boolean }
  | { kind: 'failed'; failure: UploadFailure };

/** Whether it is time to ask; cheap, reads only IndexedDB. */
export async function headCheckDue(now: Date): Promise<boolean> {
  const checked = (await getSyncStatus()).headCheckedAt;
  return checked === null || now.getTime() - Date.parse(checked) >= HEAD_CHECK_AFTER_MS;
}

export async function checkServerHead(credential: Credential, options: UploadOptions): Promise<HeadCheck> {
  const last = await lastSentChainBundle(credential);
  if (!last) return { kind: 'skipped' };
  const outcome = await uploadBundle(last, credential.token, options);
  if (outcome.kind === 'accepted') {
    // Stored now (201): the server had lost exactly this bundle and took it back.
    await acceptAgain(last, outcome.receipt, outcome.stored);
    return { kind: 'holds', healed: outcome.stored };
  }
  const lower = lowerGap(outcome, last.fromSeq);
  const missing =
    lower === undefined ? undefined : await listChainBundlesBetween(credential, lower, last.toSeq + 1);
  if (!missing) return { kind: 'failed', failure: asFailure(outcome) };
  const failure = await resendBundles(missing, credential.token, options);
  return failure ? { kind: 'failed', failure } : { kind: 'holds', healed: true };
}
