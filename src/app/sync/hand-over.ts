/**
 * Before a new code replaces this tablet's credential (the tablet goes to another juror, or the same
 * juror gets a new code), the outgoing credential delivers what it still holds, while the server still
 * takes it: afterwards it could not, because the next credential's chain starts after those changes.
 * Runs while the enrollment's seq reservation stands, so no change slips in behind the delivery.
 */
import type { Credential } from '#app/db/credential-repo.ts';
import { countUnconfirmedChanges } from '#app/db/outbox-count.ts';
import { withSyncLock } from '#app/sync/sync-lock.ts';
import { type PassOptions, runSyncPass } from '#app/sync/sync-pass.ts';

/**
 * - delivered: the server holds every change of the outgoing credential.
 * - given-up:  the server refuses the outgoing credential for good (revoked, …): a person decided, and
 *              the new code is their answer; those changes stay on the tablet (when the new code is
 *              the same juror's, the enrollment continues the revoked chain and they go under the new
 *              device id: final-head.ts).
 * - waiting:   they could not be sent for a reason that passes (network, server): the hand-over waits.
 */
export type HandOverState = 'delivered' | 'given-up' | 'waiting';

export async function deliverOutgoing(outgoing: Credential, options: PassOptions): Promise<HandOverState> {
  if ((await countUnconfirmedChanges(outgoing)) === 0) return 'delivered';
  // Waits for a pass another tab may be running, rather than skipping like the background loop.
  const result = await withSyncLock(() => runSyncPass(options), { wait: true });
  if (result.kind === 'stopped') return 'given-up';
  return (await countUnconfirmedChanges(outgoing)) === 0 ? 'delivered' : 'waiting';
}
