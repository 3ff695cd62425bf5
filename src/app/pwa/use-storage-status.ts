import { useCallback, useEffect, useState } from 'preact/hooks';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '#app/pwa/storage.ts';

/** Storage status for the status panel (undefined while reading), and a way to ask for persistence. */
export function useStorageStatus(): {
  status: StorageStatus | undefined;
  requestPersistence: () => Promise<void>;
} {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const refresh = useCallback(async () => setStatus(await readStorageStatus()), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const requestPersistence = useCallback(async () => {
    await requestPersistentStorage(true);
    await refresh();
  }, [refresh]);
  return { status, requestPersistence };
}
