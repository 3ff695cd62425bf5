/**
 * One tablet handed from juror to juror (A → B → A). Every juror's scores reach the server, exactly
 * once, whatever the order: before a new code replaces the credential, the outgoing juror's scores
 * are delivered, and while they cannot be, the hand-over waits without spending the new code.
 */
import { expect, test } from '@playwright/test';
import type { RunningServer } from './support/server.ts';
import {
  acceptPact,
  createEnrollmentCode,
  enrollThroughLink,
  expectAllSent,
  expectEveryChangeOnce,
  openSheet,
  scoreAll,
  serverSheets,
  startSyncServer,
} from './sync-support.ts';

test.use({ serviceWorkers: 'block' });

let server: RunningServer;

test.afterEach(async () => {
  await server.stop();
});

test("A → B → A: every juror's scores reach the server once", async ({ page }) => {
  test.setTimeout(120_000);
  server = await startSyncServer();
  await enrollThroughLink(page, server, 'j1');
  const a = await openSheet(page);
  await scoreAll(page, a.criteria.slice(0, 2), [8, 7]);
  await expectAllSent(page);

  // The Wi-Fi drops A's uploads while A scores once more; then the tablet goes to B.
  await page.route('**/api/bundles', (route) => route.abort('internetdisconnected'));
  await scoreAll(page, a.criteria.slice(2, 3), [6]);
  const codeB = await createEnrollmentCode(server, 'j2');
  await page.goto(`${server.url}/enroll?code=${codeB}`);
  await page.getByRole('button', { name: 'Ya, daftarkan' }).click();
  const refused = page.getByTestId('enroll-error');
  await expect(refused).toHaveAttribute('data-failure', 'previous_unsent');
  await expect(refused).toContainText('kode belum terpakai');

  // The Wi-Fi is back: the same code goes through, after A's last score.
  await page.unroute('**/api/bundles');
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await acceptPact(page);
  const b = await openSheet(page);
  await scoreAll(page, b.criteria.slice(0, 2), [5, 4]);
  await expectAllSent(page);

  await enrollThroughLink(page, server, 'j1');
  const again = await openSheet(page);
  await scoreAll(page, again.criteria.slice(3, 5), [9, 9]);
  await expectAllSent(page);

  await expectEveryChangeOnce(page, server);
  const [sheetA] = await serverSheets(server, 'j1');
  expect(Object.values(sheetA?.scores ?? {})).toEqual([8, 7, 6, 9, 9]);
  const [sheetB] = await serverSheets(server, 'j2');
  expect(Object.values(sheetB?.scores ?? {})).toEqual([5, 4]);
});
