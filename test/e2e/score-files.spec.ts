/**
 * Score files in Chromium, against the built app and the real server: a tablet whose uploads never
 * get through downloads its score file, the organizer imports it in the console (file picker, then
 * the same file dropped again), and the tablet's later network sync adds nothing twice. And a save
 * that fails because the storage is full (the DevTools protocol shrinks the origin's quota) says so,
 * never "Tersimpan", and offers the export — which still works.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { openFirstSheet } from './pwa-flow.ts';
import { blockUploads, openConsoleScoreFiles, reportOf, scoreTeams } from './score-files-support.ts';
import type { RunningServer } from './support/server.ts';
import {
  enrollThroughLink,
  expectAllSent,
  expectExactlyOnce,
  localOutbox,
  serverSheets,
  startSyncServer,
} from './sync-support.ts';

// page.route must see every upload; a service worker would hide them from it.
test.use({ serviceWorkers: 'block' });

let server: RunningServer;
test.beforeEach(async () => {
  server = await startSyncServer();
});
test.afterEach(async () => {
  await server.stop();
});

test('a tablet downloads its score file and the organizer imports it; the network later doubles nothing', async ({
  browser,
  page,
}) => {
  await enrollThroughLink(page, server, 'j2');
  await blockUploads(page);
  await scoreTeams(page, 2);
  expect(await serverSheets(server, 'j2')).toEqual([]);

  await page.getByRole('link', { name: 'Nilai saya' }).click();
  await page.getByTestId('export-link').click();
  await expect(page.getByTestId('export-summary')).toContainText('belum diterima server');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas nilai' }).click(),
  ]);
  const name = download.suggestedFilename();
  expect(name).toMatch(/^nilai-kipp-malang-2021-j2-\d{8}-\d{4}\.juri$/);
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  await expect(page.getByText(`Berkas ${name} diunduh.`)).toBeVisible();

  const organizer = await browser.newPage();
  await openConsoleScoreFiles(organizer, server);
  await organizer.getByTestId('score-file-input').setInputFiles(path);
  await expect(reportOf(organizer, name)).toHaveAttribute('data-outcome', 'accepted');
  await expect(reportOf(organizer, name)).toContainText('Diterima');
  await expect(reportOf(organizer, name)).toContainText('Ir. Agus Prasetyo');
  const imported = await serverSheets(server, 'j2');
  expect(imported).toHaveLength(2);

  // The same file dropped on the tab again: already had, nothing changes.
  const bytes = await readFile(path);
  const drop = await organizer.evaluateHandle(
    ({ text, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'application/json' }));
      return transfer;
    },
    { text: bytes.toString('utf8'), fileName: `lagi-${name}` },
  );
  await organizer.getByTestId('score-file-drop').dispatchEvent('drop', { dataTransfer: drop });
  await expect(reportOf(organizer, `lagi-${name}`)).toHaveAttribute('data-outcome', 'already_had');
  await expect(reportOf(organizer, `lagi-${name}`)).toContainText('Tidak ada yang berubah');
  await organizer.screenshot({ path: test.info().outputPath('console-score-files.png') });

  // The tablet's network comes back: its bundles are answered with their receipts, stored once.
  await page.unroute('**/api/bundles');
  await page.getByRole('link', { name: 'Status' }).click();
  await page.getByRole('button', { name: 'Kirim sekarang' }).click();
  await expectAllSent(page);
  await expectExactlyOnce(page, server, 'j2');
  expect(await serverSheets(server, 'j2')).toEqual(imported);
});

test('a save that fails because the storage is full never says Tersimpan and offers the export', async ({
  page,
  context,
}) => {
  // A real QuotaExceededError from Chromium, through the DevTools protocol: the origin starts with a
  // 4 MB quota (IndexedDB takes its headroom from it when the tablet first opens its database) ...
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 4 * 1024 * 1024 });
  await enrollThroughLink(page, server, 'j3');
  await blockUploads(page);
  await scoreTeams(page, 1);
  await page.goto(`${server.url}/`);
  await openFirstSheet(page);
  // ... then the disk "fills": the quota drops to one byte, and a large write elsewhere on the origin
  // makes IndexedDB look at the quota again and refuse, as it will every write after it.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 1 });
  expect(await fillStorage(page)).toBe('QuotaExceededError');
  await page.evaluate(() => {
    const seen: string[] = [];
    const target = document.querySelector('[data-testid="save-state"]');
    if (!target) throw new Error('no save state');
    new MutationObserver(() => seen.push(target.textContent ?? '')).observe(target, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    Reflect.set(window, '__saveStates', seen);
  });
  const criterion = await page.locator('section[data-criterion-id]').nth(2).getAttribute('data-criterion-id');
  const before = (await localOutbox(page)).changes.length;
  await page.locator(`[data-criterion-id="${criterion}"] [data-score-value="2"]`).click();

  const alert = page.getByTestId('save-state').getByRole('alert');
  // The wording of the failure itself belongs to the save-failure path (Dexie reports this refusal as
  // an AbortError around the QuotaExceededError); what matters here: it failed, and it says so.
  await expect(alert).toContainText('Tidak tersimpan:');
  const states: string[] = await page.evaluate(() => Reflect.get(window, '__saveStates'));
  expect(states.some((text) => text.includes('Tersimpan') && !text.includes('Tidak tersimpan'))).toBe(false);
  expect((await localOutbox(page)).changes.length).toBe(before);
  await page.screenshot({ path: test.info().outputPath('save-failed-1280.png') });

  await page.getByTestId('save-state').getByTestId('export-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ekspor nilai' })).toBeVisible();
  await expect(page.getByTestId('export-summary')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas nilai' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  // Everything saved before the storage filled is in it, signed (the scores and the note: 6 changes).
  expect(file.manifest.counts.changes + file.manifest.counts.unbundledChanges).toBe(before);
  expect(file.sheets).toHaveLength(1);
  await page.screenshot({ path: test.info().outputPath('export-after-failure-1280.png'), fullPage: true });
});

/** Writes 8 MB into a database of its own on the tablet's origin; answers how the write ended. */
function fillStorage(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('quota-filler');
        open.onupgradeneeded = () => open.result.createObjectStore('filler');
        open.onsuccess = () => {
          const tx = open.result.transaction('filler', 'readwrite');
          tx.objectStore('filler').put(new Uint8Array(8 * 1024 * 1024), 'filler');
          tx.oncomplete = () => resolve('stored');
          tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
        };
        open.onerror = () => resolve(open.error?.name ?? 'not opened');
      }),
  );
}
