/** Transient sync state for the UI (is a pass running, when is the next try); durable status lives in IndexedDB. */
import { create } from '#app/store/create.ts';
import type { SchedulerState } from '#app/sync/sync-scheduler.ts';

export const useSyncRuntime = create<SchedulerState>()(() => ({
  running: false,
  nextAttemptAt: null,
  halted: false,
  failures: 0,
}));
