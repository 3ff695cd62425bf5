/**
 * One sync runner across tabs: a pass runs only while holding the Web Lock 'juri-sync'. A tab that
 * finds it taken skips its pass; the tab holding it sends the same IndexedDB outbox.
 */
import type { PassResult } from '#app/sync/sync-pass.ts';

export const SYNC_LOCK = 'juri-sync';

export async function withSyncLock(pass: () => Promise<PassResult>): Promise<PassResult> {
  // Without Web Locks (older browsers, jsdom) a single tab simply runs.
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks) return pass();
  return navigator.locks.request(
    SYNC_LOCK,
    { ifAvailable: true },
    async (lock): Promise<PassResult> => (lock ? pass() : { kind: 'busy' }),
  );
}
