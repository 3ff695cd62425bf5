/**
 * One sync runner across tabs: a pass runs only while holding the Web Lock 'juri-sync'. The background
 * loop skips its pass when another tab holds it (that tab sends the same IndexedDB outbox); an
 * enrollment's hand-over waits for it instead, because it needs its own pass to have run.
 */
import type { PassResult } from '#app/sync/sync-pass.ts';

export const SYNC_LOCK = 'juri-sync';

export async function withSyncLock(
  pass: () => Promise<PassResult>,
  { wait = false }: { wait?: boolean } = {},
): Promise<PassResult> {
  // Without Web Locks (older browsers, jsdom, an insecure origin) a single tab simply runs.
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks) return pass();
  if (wait) return navigator.locks.request(SYNC_LOCK, () => pass());
  return navigator.locks.request(
    SYNC_LOCK,
    { ifAvailable: true },
    async (lock): Promise<PassResult> => (lock ? pass() : { kind: 'busy' }),
  );
}
