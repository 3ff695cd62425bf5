/**
 * Starts the page's sync loop (main.tsx calls `startSync()` once). Triggers: a new unsent change
 * (debounced), a new credential, the network coming back (the browser's 'online' and the server
 * probe), the tablet becoming visible, and a slow timer as a safety net.
 */
import { watchOutbox } from '#app/db/outbox-count.ts';
import { connectivity } from '#app/pwa/connectivity.ts';
import { refreshAfterPass } from '#app/sync/package-refresh.ts';
import { withSyncLock } from '#app/sync/sync-lock.ts';
import { runSyncPass } from '#app/sync/sync-pass.ts';
import { useSyncRuntime } from '#app/sync/sync-runtime.ts';
import { createSyncScheduler, type SyncScheduler } from '#app/sync/sync-scheduler.ts';

export const SYNC_INTERVAL_MS = 30_000;

let scheduler: SyncScheduler | null = null;

export function startSync(): () => void {
  if (scheduler) return () => {};
  const mine = createSyncScheduler({
    runPass: () => withSyncLock(async () => refreshAfterPass(await runSyncPass())),
    onState: (state) => useSyncRuntime.setState(state),
  });
  scheduler = mine;

  let lastUnsent = 0;
  let lastToken: string | null | undefined;
  const stopWatching = watchOutbox(({ unsent, token }) => {
    if (token !== lastToken) mine.request(lastToken === undefined ? 'start' : 'credential');
    else if (unsent > lastUnsent) mine.request('change');
    lastToken = token;
    lastUnsent = unsent;
  });

  const onOnline = () => mine.request('online');
  const onVisible = () => {
    if (document.visibilityState === 'visible') mine.request('visible');
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  const unsubscribeProbe = connectivity.subscribe((state) => {
    if (state === 'online') mine.request('online');
  });
  const timer = setInterval(() => mine.request('timer'), SYNC_INTERVAL_MS);

  return () => {
    stopWatching();
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    unsubscribeProbe();
    clearInterval(timer);
    mine.dispose();
    scheduler = null;
  };
}

/** The juror's "Kirim sekarang": tries at once, even after a halt. */
export function syncNow(): void {
  scheduler?.request('manual');
}
