/**
 * Persistent storage: without it the browser may evict IndexedDB (every score on the tablet) when
 * the disk runs low. Asked for once the juror starts scoring, not on first load, because browsers
 * grant it more readily to a site the user is actually working in.
 */

export type Persistence = 'granted' | 'denied' | 'not-requested' | 'unsupported';

export interface StorageStatus {
  persistence: Persistence;
  /** Bytes this origin uses, or null when the browser cannot tell. */
  usageBytes: number | null;
  /** Bytes this origin may still use (quota − usage), or null when the browser cannot tell. */
  availableBytes: number | null;
}

let request: Promise<boolean> | null = null;
let decision: Promise<unknown> | null = null;

/**
 * Asks the browser to keep this origin's data. Made once per page load; `again` (the juror's own
 * tap after a refusal) asks anew, since the browser may decide differently now, e.g. once installed.
 */
export function requestPersistentStorage(again = false): Promise<boolean> {
  if (request && !again) return request;
  const storage = storageManager();
  const persist = storage?.persist?.bind(storage);
  if (!persist) return Promise.resolve(false);
  request = (async () => {
    try {
      return (await storage?.persisted?.()) === true || (await persist()) === true;
    } catch {
      return false;
    }
  })();
  return request;
}

/** Requests persistence if `scoringStarted` resolves true; the status panel waits for the answer. */
export function requestPersistentStorageIf(scoringStarted: Promise<boolean>): void {
  decision = scoringStarted.then((yes) => (yes ? requestPersistentStorage() : false)).catch(() => false);
}

/** What the status panel shows; waits for a request in flight so it never shows a stale "not asked". */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { persistence: 'unsupported', usageBytes: null, availableBytes: null };
  const [persistence, estimate] = await Promise.all([readPersistence(storage), readEstimate(storage)]);
  return { persistence, ...estimate };
}

async function readPersistence(storage: MaybeStorage): Promise<Persistence> {
  if (!storage.persisted || !storage.persist) return 'unsupported';
  await decision;
  const asked = request ? await request : null;
  const persisted = await storage.persisted().catch(() => false);
  if (persisted) return 'granted';
  return asked === null ? 'not-requested' : 'denied';
}

async function readEstimate(storage: MaybeStorage): Promise<Omit<StorageStatus, 'persistence'>> {
  if (!storage.estimate) return { usageBytes: null, availableBytes: null };
  try {
    const { usage, quota } = await storage.estimate();
    const usageBytes = typeof usage === 'number' ? usage : null;
    const availableBytes =
      typeof quota === 'number' && usageBytes !== null ? Math.max(0, quota - usageBytes) : null;
    return { usageBytes, availableBytes };
  } catch {
    return { usageBytes: null, availableBytes: null };
  }
}

// Older WebViews lack parts of StorageManager although the DOM typings declare every method.
interface MaybeStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<StorageEstimate>;
}

function storageManager(): MaybeStorage | undefined {
  if (typeof navigator === 'undefined' || !('storage' in navigator)) return undefined;
  const storage: MaybeStorage = navigator.storage;
  return storage;
}
