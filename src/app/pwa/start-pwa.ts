/** Everything the installable, offline app needs at start; main.tsx calls `startPwa()` once. */
import { countAllChanges } from '#app/db/outbox-count.ts';
import { connectivity } from '#app/pwa/connectivity.ts';
import { registerServiceWorker } from '#app/pwa/service-worker.ts';
import { requestPersistentStorage, requestPersistentStorageIf } from '#app/pwa/storage.ts';
import { checkForUpdate } from '#app/pwa/update-actions.ts';
import { useUi } from '#app/store/ui-store.ts';

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
