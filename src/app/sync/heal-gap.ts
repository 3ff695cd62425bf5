/**
 * Giving a server restored from a backup what it lost. Its answer names the seq it expects next; when
 * that is below what the tablet has sent, the tablet still holds every bundle from there on (bundles
 * are kept after delivery) and sends them again, as stored, byte for byte.
 */
import type { BundleRow } from '#app/db/database.ts';
import { markBundleSent, recordBundleFailure, replaceReceipt } from '#app/db/outbox-repo.ts';
import { type UploadOptions, type UploadOutcome, uploadBundle } from '#app/sync/upload-bundle.ts';
import type { BundleReceipt } from '#shared/bundle.ts';

export type UploadFailure = Extract<UploadOutcome, { kind: 'retry' | 'stop' }>;

/** The seq a restored server asks for when it is below `fromSeq`: the start of what it lost. */
export function lowerGap(outcome: UploadOutcome, fromSeq: number): number | undefined {
  if (outcome.kind === 'accepted') return undefined;
  const expected = outcome.problem.expectedSeq;
  return outcome.problem.code === 'sequence_gap' && expected !== undefined && expected < fromSeq
    ? expected
    : undefined;
}

/** Sends bundles the server lost, in order; the first one it does not take ends the heal. */
export async function resendBundles(
  rows: BundleRow[],
  token: string,
  options: UploadOptions,
): Promise<UploadFailure | undefined> {
  for (const row of rows) {
    const outcome = await uploadBundle(row, token, options);
    if (outcome.kind === 'accepted') {
      await acceptAgain(row, outcome.receipt, outcome.stored);
      continue;
    }
    await recordBundleFailure(row.bundleId, outcome.problem.detail);
    return asFailure(outcome);
  }
  return undefined;
}

/** Records the server's answer to a resend: a pending bundle is sent now; a sent one stored again takes the new receipt. */
export async function acceptAgain(row: BundleRow, receipt: BundleReceipt, stored: boolean): Promise<void> {
  if (row.state !== 'sent') await markBundleSent(row.bundleId, receipt);
  else if (stored) await replaceReceipt(row.bundleId, receipt);
}

/** A 413 on a bundle the server once took cannot be split any more: a person must look. */
export function asFailure(outcome: Exclude<UploadOutcome, { kind: 'accepted' }>): UploadFailure {
  return outcome.kind === 'too_large' ? { ...outcome, kind: 'stop' } : outcome;
}
