import type { SheetRow } from './in-page.ts';

/**
 * Bare IndexedDB baselines, run inside the benchmarked page (page.evaluate: each function must be
 * self-contained). Both write to their own databases, never to the app's "juri" database.
 */

interface Baselines {
  raw?: IDBDatabase;
  replica?: IDBDatabase;
  tapRaw?: number[];
  tapRecord?: Record<string, unknown>;
}

declare global {
  interface Window {
    __juriBaselines?: Baselines;
  }
}

/**
 * One raw put of `record` (a copy of the app's own sheet row) into a separate database, strict
 * durability, timed from put() to the transaction's complete event; returns ms.
 */
export async function timeRawPut(args: { record: SheetRow; round: number }): Promise<number> {
  window.__juriBaselines ??= {};
  const baselines = window.__juriBaselines;
  baselines.raw ??= await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('juri-bench-raw', 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore('sheets', { keyPath: ['eventId', 'jurorId', 'teamId'] });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const db = baselines.raw;
  // Vary the record like a tap would, so every put really changes the stored row.
  const record = { ...args.record.row, updatedAt: new Date().toISOString(), lastSeq: args.round };
  return new Promise<number>((resolve, reject) => {
    const tx = db.transaction('sheets', 'readwrite', { durability: 'strict' });
    const startedAt = performance.now();
    tx.objectStore('sheets').put(record);
    tx.oncomplete = () => resolve(performance.now() - startedAt);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('raw put aborted'));
  });
}

/**
 * For diagnosis only: the save's transaction replayed with the bare API on a copy of the app's
 * schema (stores and indexes cloned from "juri") and rows: read the event and the sheet, find the
 * last change, add a change, put the sheet; strict durability; returns ms. The gap between this and
 * a tap's save is what Dexie, the UI and competing reads add; the gap to the raw put is the
 * transaction's own shape.
 */
export async function timeReplicaSave(args: { sheet: SheetRow; round: number }): Promise<number> {
  window.__juriBaselines ??= {};
  const baselines = window.__juriBaselines;
  const open = (name: string, version?: number, upgrade?: (db: IDBDatabase) => void) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, version);
      if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const settle = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const stores = ['changes', 'events', 'sheets'];

  if (!baselines.replica) {
    const app = await open('juri');
    const source = app.transaction(stores, 'readonly');
    const event: unknown = await settle(source.objectStore('events').get(args.sheet.key[0]));
    const schema = stores.map((name) => {
      const store = source.objectStore(name);
      const indexes = [...store.indexNames].map((index) => store.index(index));
      return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
    });
    app.close();
    const replica = await open('juri-bench-replica', 1, (db) => {
      for (const s of schema) {
        const store = db.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
        for (const i of s.indexes)
          store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    });
    const seed = replica.transaction('events', 'readwrite');
    seed.objectStore('events').put(event);
    await new Promise((resolve) => {
      seed.oncomplete = resolve;
    });
    baselines.replica = replica;
  }

  const db = baselines.replica;
  const [eventId, jurorId, teamId] = args.sheet.key;
  const sheet = { ...args.sheet.row, updatedAt: new Date().toISOString(), lastSeq: args.round + 1 };
  return new Promise<number>((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    const startedAt = performance.now();
    // One request after another, each waiting for the previous answer, as the repository does.
    const then = (request: IDBRequest, next: (result: unknown) => void) => {
      request.onsuccess = () => next(request.result);
    };
    then(tx.objectStore('events').get(eventId), () =>
      then(tx.objectStore('sheets').get(args.sheet.key), () =>
        then(tx.objectStore('changes').openCursor(null, 'prev'), (cursor) => {
          const previous: unknown = cursor instanceof IDBCursorWithValue ? cursor.value : null;
          const lastSeq =
            typeof previous === 'object' && previous !== null && 'seq' in previous ? previous.seq : 0;
          const change = {
            seq: (typeof lastSeq === 'number' ? lastSeq : 0) + 1,
            eventId,
            jurorId,
            teamId,
            kind: 'score',
          };
          const row = {
            ...change,
            criterionId: 'kebaruan',
            oldValue: 9,
            newValue: 10,
            at: new Date().toISOString(),
            state: 'unsent',
          };
          then(tx.objectStore('changes').add(row), () => tx.objectStore('sheets').put(sheet));
        }),
      ),
    );
    tx.oncomplete = () => resolve(performance.now() - startedAt);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('replica save aborted'));
  });
}

/**
 * A tap-triggered raw put: a bench-only button whose click handler puts `record` (strict durability)
 * into the raw database, timed from the click event to `complete`. After an input event Chromium
 * renders a frame before it delivers IndexedDB results, so a tap-triggered write pays that wait
 * whatever code runs; this baseline pays it too, which makes the tap → commit comparison like for like.
 */
export function installTapRawPut(): void {
  window.__juriBaselines ??= {};
  const baselines = window.__juriBaselines;
  baselines.tapRaw = [];
  const button = document.createElement('button');
  button.id = 'bench-raw-tap';
  button.textContent = 'raw';
  button.style.cssText = 'position:fixed;right:0;bottom:0;width:48px;height:48px;z-index:99999';
  button.addEventListener('click', () => {
    const startedAt = performance.now();
    const db = baselines.raw;
    const record = baselines.tapRecord;
    if (!db || !record) return;
    const tx = db.transaction('sheets', 'readwrite', { durability: 'strict' });
    tx.objectStore('sheets').put({ ...record, updatedAt: new Date().toISOString() });
    tx.oncomplete = () => baselines.tapRaw?.push(performance.now() - startedAt);
  });
  document.body.append(button);
}

/** The record the tap-triggered raw put writes next. */
export function setTapRawRecord(record: SheetRow): void {
  window.__juriBaselines ??= {};
  window.__juriBaselines.tapRecord = record.row;
}

export function tapRawSamples(): number[] {
  return window.__juriBaselines?.tapRaw ?? [];
}
