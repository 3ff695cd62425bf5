/** Everything the installable, offline app needs at start; main.tsx calls `startPwa()` once. */
import { countAllChanges } from '../db/outbox-count.ts';
import { useUi } from '../store/ui-store.ts';
import { connectivity } from './connectivity.ts';
import { registerServiceWorker } from './service-worker.ts';
import { requestPersistentStorage, requestPersistentStorageIf } from './storage.ts';
import { checkForUpdate } from './update-actions.ts';

const UPDATE_CHECK_MS = 60 * 60_000;

export function startPwa(): void {
  void registerServiceWorker();
  connectivity.start();
  watchForUpdates();
  askPersistenceOnceScoring();
}

// Back online after an outage is when a deploy made meanwhile can be fetched; and hourly, because an
// installed app may stay open all day without a navigation that would make the browser check.
function watchForUpdates(): void {
  connectivity.subscribe((state) => {
    if (state === 'online') void checkForUpdate();
  });
  setInterval(() => void checkForUpdate(), UPDATE_CHECK_MS);
}

// Scoring has started when a sheet opens or the tablet already holds changes (e.g. after a reload).
function askPersistenceOnceScoring(): void {
  if (useUi.getState().openSheetTeamId !== null) void requestPersistentStorage();
  const unsubscribe = useUi.subscribe((s) => {
    if (s.openSheetTeamId === null) return;
    unsubscribe();
    void requestPersistentStorage();
  });
  requestPersistentStorageIf(countAllChanges().then((n) => n > 0));
}
