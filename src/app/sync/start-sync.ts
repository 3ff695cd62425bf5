/**
 * Starts the page's sync loop (main.tsx calls `startSync()` once). Triggers: a new unsent change
 * (debounced), a new credential, the network coming back (the browser's 'online', the probe finding
 * the server again), every probe that reaches the server (it cuts a backoff wait short), the tablet
 * becoming visible, and a slow timer as a safety net.
 */
import { type OutboxSignal, watchOutbox } from '#app/db/outbox-count.ts';
import { type ConnectivityMonitor, connectivity } from '#app/pwa/connectivity.ts';
import { refreshAfterPass } from '#app/sync/package-refresh.ts';
import { withSyncLock } from '#app/sync/sync-lock.ts';
import { type PassResult, runSyncPass } from '#app/sync/sync-pass.ts';
import { useSyncRuntime } from '#app/sync/sync-runtime.ts';
import { createSyncScheduler, type SyncScheduler } from '#app/sync/sync-scheduler.ts';

// The export screen signs through the same chunk as the loop, so the outbox code stays in one chunk.
export { bundleUnsent } from '#app/sync/export-bundling.ts';

export const SYNC_INTERVAL_MS = 30_000;

/** What the loop is wired to; tests replace them. */
export interface SyncWiring {
  monitor: Pick<ConnectivityMonitor, 'subscribe' | 'onReachable'>;
  runPass: () => Promise<PassResult>;
  watch: (next: (signal: OutboxSignal) => void) => () => void;
  random?: () => number;
}

const DEFAULT_WIRING: SyncWiring = {
  monitor: connectivity,
  // After each pass the tablet asks whether the organizer published a newer event package.
  runPass: () => withSyncLock(async () => refreshAfterPass(await runSyncPass())),
  watch: watchOutbox,
};

let scheduler: SyncScheduler | null = null;

export function startSync(wiring: Partial<SyncWiring> = {}): () => void {
  if (scheduler) return () => {};
  const { monitor, runPass, watch, random } = { ...DEFAULT_WIRING, ...wiring };
  const mine = createSyncScheduler({
    runPass,
    random,
    onState: (state) => useSyncRuntime.setState(state),
  });
  scheduler = mine;

  let lastUnsent = 0;
  let lastToken: string | null | undefined;
  const stopWatching = watch(({ unsent, token }) => {
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
  const unsubscribeState = monitor.subscribe((state) => {
    if (state === 'online') mine.request('online');
  });
  const unsubscribeReachable = monitor.onReachable(() => mine.request('reachable'));
  const timer = setInterval(() => mine.request('timer'), SYNC_INTERVAL_MS);

  return () => {
    stopWatching();
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    unsubscribeState();
    unsubscribeReachable();
    clearInterval(timer);
    mine.dispose();
    scheduler = null;
  };
}

/** The juror's "Kirim sekarang": tries at once, even after a halt. */
export function syncNow(): void {
  scheduler?.request('manual');
}
