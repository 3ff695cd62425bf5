import { useLiveQuery } from '#app/db/use-live-query.ts';
import { useConnectivity } from '#app/pwa/use-connectivity.ts';
import {
  badgeState,
  readSyncOverview,
  type SyncBadgeState,
  type SyncOverview,
} from '#app/sync/sync-overview.ts';
import { useSyncRuntime } from '#app/sync/sync-runtime.ts';

export interface SyncView {
  overview: SyncOverview;
  state: SyncBadgeState;
  /** When the next automatic retry is due (epoch ms), or null. */
  nextAttemptAt: number | null;
}

/** The live sync status: durable facts from IndexedDB, the running pass from memory; undefined while loading. */
export function useSyncView(): SyncView | undefined {
  const overview = useLiveQuery(readSyncOverview, []);
  const running = useSyncRuntime((s) => s.running);
  const nextAttemptAt = useSyncRuntime((s) => s.nextAttemptAt);
  const connection = useConnectivity();
  if (!overview) return undefined;
  const reachable = connection === 'checking' ? null : connection === 'online';
  return { overview, state: badgeState(overview, running, reachable), nextAttemptAt };
}
