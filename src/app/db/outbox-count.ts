/**
 * Counts over the change log that say whether anything has still to leave the tablet: for the sync
 * badge, the sync loop's trigger, the app update gate and the persistence request. Kept apart from
 * outbox-repo (bundle building and signing) so the first load does not carry the upload machinery.
 */

import Dexie, { liveQuery } from 'dexie';
import { getCredential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { useLiveQuery } from '#app/db/use-live-query.ts';

/**
 * The enrolled juror's changes the server has not confirmed yet (unsent or in a pending bundle), from
 * the credential's first seq on. Two ranges of the [eventId+jurorId+state+seq] index: the count reads
 * what waits, not the whole log (it runs on every change, for the badge and the update gate).
 */
export async function countUnconfirmedChanges(owner: {
  eventId: string;
  jurorId: string;
  expectedSeq: number;
}): Promise<number> {
  const waiting = (state: 'unsent' | 'bundled') =>
    db.changes
      .where('[eventId+jurorId+state+seq]')
      .between(
        [owner.eventId, owner.jurorId, state, owner.expectedSeq],
        [owner.eventId, owner.jurorId, state, Dexie.maxKey],
        true,
        true,
      )
      .count();
  const [unsent, bundled] = await Promise.all([waiting('unsent'), waiting('bundled')]);
  return unsent + bundled;
}

/** Changes in stranded bundles: made on this tablet under an earlier credential, never to be sent again. */
export async function countStrandedChanges(): Promise<number> {
  const rows = await db.bundles.where('state').equals('stranded').toArray();
  return rows.reduce((n, row) => n + row.bundle.changes.length, 0);
}

/** Any unsent change on the device: what the sync loop watches to know there is work. */
export async function countUnsentChanges(): Promise<number> {
  return db.changes.where('state').equals('unsent').count();
}

/** Every change the juror ever made on this tablet: more than 0 means scoring has started. */
export function countAllChanges(): Promise<number> {
  return db.changes.count();
}

/**
 * Changes that will still be uploaded. A device without a credential (demo mode, or not enrolled
 * yet) has nowhere to send its changes, so they stay 'unsent' for good; counting them would block
 * app updates for ever. Only an enrolled device has changes "waiting to be sent".
 */
export async function countChangesAwaitingUpload(): Promise<number> {
  return db.transaction('r', [db.meta, db.changes], async () => {
    const credential = await getCredential();
    // Practice changes made before enrollment are never uploaded: only this credential's count.
    return credential ? countUnconfirmedChanges(credential) : 0;
  });
}

/** Live `countChangesAwaitingUpload()`; undefined while loading. */
export function useChangesAwaitingUpload(): number | undefined {
  return useLiveQuery(countChangesAwaitingUpload, []);
}

export interface OutboxSignal {
  /** Unsent changes on the device. */
  unsent: number;
  /** The enrolled credential's token, or null when not enrolled. */
  token: string | null;
}

/**
 * Calls `next` with the outbox's unsent count and the current credential whenever either changes (in
 * this tab or another): what the sync loop needs to know there is work or a new enrollment.
 */
export function watchOutbox(next: (signal: OutboxSignal) => void): () => void {
  const subscription = liveQuery(
    async (): Promise<OutboxSignal> => ({
      unsent: await countUnsentChanges(),
      token: (await getCredential())?.token ?? null,
    }),
  ).subscribe({ next, error: (error: unknown) => console.error('sync outbox watch', error) });
  return () => subscription.unsubscribe();
}
