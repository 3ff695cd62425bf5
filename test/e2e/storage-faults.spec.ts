/**
 * When the tablet's storage fails under the juror. A full disk: the tap is never called "Tersimpan",
 * the juror is told in plain words, nothing half-written stays, and once there is room the next tap
 * saves. The IndexedDB connection closed under
 * the app (another tab opening a newer schema, as an app update does): the app reopens it and the next
 * save works, without a reload.
 */
import { expect, type Page, test } from '@playwright/test';
import { criterionIds, enterDemoAsJuror, openFirstSheet, scoreCriterion } from './pwa-flow.ts';
import { type RunningServer, startServer } from './support/server.ts';

test.use({ serviceWorkers: 'block' });

let server: RunningServer;

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await server.stop();
});

/** The change log as IndexedDB holds it (raw API: not the app's own reading of it). */
function storedChanges(
  page: Page,
): Promise<{ seq: number; criterionId: string | null; newValue: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('juri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('changes').objectStore('changes').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result.map(({ seq, criterionId, newValue }) => ({ seq, criterionId, newValue })));
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

async function openScoring(page: Page): Promise<string[]> {
  await page.goto(server.url);
  await enterDemoAsJuror(page);
  await openFirstSheet(page);
  return criterionIds(page);
}

/**
 * Closes every connection to the app's database the way a newer schema in another tab does
 * (versionchange). Returns the version the database is at now.
 */
async function forceReopen(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('juri');
        probe.onsuccess = () => {
          const next = probe.result.version + 1;
          probe.result.close();
          const open = indexedDB.open('juri', next);
          open.onblocked = () =>
            reject(new Error('the app kept its connection open: the upgrade is blocked'));
          open.onsuccess = () => {
            open.result.close();
            resolve(next);
          };
          open.onerror = () => reject(open.error);
        };
        probe.onerror = () => reject(probe.error);
      }),
  );
}

/**
 * A full disk, played at the IndexedDB API the app writes through: while `__storageFull` is set,
 * every write is refused with QuotaExceededError. (Chromium's own quota override,
 * Storage.overrideQuotaForOrigin, binds only databases created after it; the tablet's database
 * exists long before its disk fills.)
 */
function fillTheDisk(): void {
  const full = () => Reflect.get(globalThis, '__storageFull') === true;
  const refuse = <T extends object>(proto: T, method: keyof T) => {
    const original: unknown = proto[method];
    if (typeof original !== 'function') return;
    Object.defineProperty(proto, method, {
      value(this: unknown, ...args: unknown[]) {
        if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      },
    });
  };
  for (const method of ['add', 'put', 'delete', 'clear'] as const) refuse(IDBObjectStore.prototype, method);
  refuse(IDBCursor.prototype, 'update');
}

const setStorageFull = (page: Page, full: boolean) =>
  page.evaluate((value) => Reflect.set(globalThis, '__storageFull', value), full);

test('storage full: no "Tersimpan", plain words, nothing stored; the next tap saves once there is room', async ({
  page,
}) => {
  await page.addInitScript(fillTheDisk);
  const [first = '', second = ''] = await openScoring(page);
  await scoreCriterion(page, first, 7);
  const before = await storedChanges(page);

  await setStorageFull(page, true);
  const tap = page.locator(`[data-criterion-id="${second}"] [data-score-value="8"]`);
  await tap.click();
  const saveState = page.getByTestId('save-state');
  const alert = saveState.getByRole('alert');
  await expect(alert).toContainText('Tidak tersimpan: penyimpanan tablet penuh');
  await expect(page.getByTestId('storage-advice')).toContainText('Catat nilai ini di kertas');
  await expect(saveState).not.toContainText('Tersimpan');
  await expect(tap).toHaveAttribute('aria-pressed', 'false');
  await setStorageFull(page, false);
  expect(await storedChanges(page)).toEqual(before);

  await scoreCriterion(page, second, 8);
  await expect(alert).toHaveCount(0);
  expect(await storedChanges(page)).toEqual([
    ...before,
    { seq: (before.at(-1)?.seq ?? 0) + 1, criterionId: second, newValue: 8 },
  ]);
});

test('the connection closed under the app by a newer schema: it reopens and the next save works', async ({
  page,
}) => {
  const [first = '', second = ''] = await openScoring(page);
  await scoreCriterion(page, first, 6);
  // Another tab opens the database at a higher version: this tab's connection must give way.
  const upgraded = await forceReopen(page);
  expect(upgraded).toBeGreaterThan(1);

  await scoreCriterion(page, second, 9);
  expect((await storedChanges(page)).at(-1)).toMatchObject({ criterionId: second, newValue: 9 });
});
