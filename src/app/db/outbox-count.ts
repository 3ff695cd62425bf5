/**
 * Counts over the change log that say whether anything has still to leave the tablet, for the app
 * update gate and the persistence request. (outbox-repo's countUnsentChanges counts only 'unsent',
 * what the sync loop has still to bundle; here a built but unconfirmed bundle counts too.)
 */

import { getCredential } from './credential-repo.ts';
import { db } from './database.ts';
import { useLiveQuery } from './use-live-query.ts';

/** Changes the server has not confirmed yet: state 'unsent' or 'bundled'. */
export function countChangesNotSent(): Promise<number> {
  return db.changes.where('state').anyOf('unsent', 'bundled').count();
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
  return db.transaction('r', [db.meta, db.changes], async () =>
    (await getCredential()) ? countChangesNotSent() : 0,
  );
}

/** Live `countChangesAwaitingUpload()`; undefined while loading. */
export function useChangesAwaitingUpload(): number | undefined {
  return useLiveQuery(countChangesAwaitingUpload, []);
}
