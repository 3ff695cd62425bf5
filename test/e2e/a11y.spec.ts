/**
 * axe-core finds no violation on any screen a juror meets, in the states they meet it in: the first
 * screen (enrollment, the camera view), practice mode, the integrity pact, the schedule, the score
 * sheet as a draft, with its dialogs, final and in conflict, "my scores", the status screen, and the
 * enrolled tablet's enrollment page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { SCHEDULE_ROW } from './pwa-flow.ts';
import type { RunningServer } from './support/server.ts';
import { enrollThroughLink, startSyncServer } from './sync-support.ts';

let server: RunningServer;

// Each axe run takes seconds on a small shared machine; a ceiling, not an expectation.
test.setTimeout(240_000);

test.beforeEach(async () => {
  server = await startSyncServer();
});

test.afterEach(async () => {
  await server.stop();
});

/** The violations axe finds, as "rule: selectors" lines that say what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await violations(page), screen).toEqual([]);
}

const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];

test('every screen of practice mode, from the first screen to a final sheet', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Daftarkan tablet' })).toBeVisible();
  await expectAccessible(page, 'first screen: enrollment');

  await page.getByRole('button', { name: 'Pindai kode QR' }).click();
  await expect(page.getByTestId('qr-scanner')).toBeVisible();
  await expect(page.getByTestId('qr-scanner').getByRole('alert').or(page.locator('.qr-video'))).toBeVisible();
  await expectAccessible(page, 'camera view');
  await page.getByRole('button', { name: 'Tutup kamera' }).click();

  await page.locator('a[href="/latihan"]').click();
  await page.locator('[data-juror-id]').first().waitFor();
  await expectAccessible(page, 'practice jurors');

  await page.locator('[data-juror-id]').first().click();
  await page.locator('.pact-card').waitFor();
  await expectAccessible(page, 'integrity pact');
  await page.locator('.pact-card input[type="checkbox"]').check();
  await page.locator('.pact-card button[type="submit"]').click();
  await page.locator(SCHEDULE_ROW).first().waitFor();
  await expectAccessible(page, 'schedule');

  await page.locator(SCHEDULE_ROW).first().click();
  await page.locator('[data-criterion-id]').first().waitFor();
  await page.locator('[data-criterion-id="efektif"] [data-score-value="7"]').click();
  await page
    .locator('[data-criterion-id="efektif"]')
    .getByRole('button', { name: /^Panduan/ })
    .click();
  await page
    .locator('[data-criterion-id="efektif"]')
    .getByRole('button', { name: /^Catatan/ })
    .click();
  await expectAccessible(page, 'draft sheet, guidance and note open');

  await page.getByRole('button', { name: 'Finalkan', exact: true }).click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'finalise dialog for an incomplete sheet');
  await page.getByRole('button', { name: 'Kembali menilai' }).click();

  for (const id of CRITERIA) await page.locator(`[data-criterion-id="${id}"] [data-score-value="8"]`).click();
  await page.getByRole('button', { name: 'Finalkan', exact: true }).click();
  await expectAccessible(page, 'finalise dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(page.getByTestId('sheet-action-bar')).toContainText('Final');
  await expectAccessible(page, 'final sheet');

  await page.getByRole('button', { name: 'Ubah nilai' }).click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'reason dialog');
  await page.getByRole('button', { name: 'Batal' }).click();

  await page
    .getByTestId('sheet-action-bar')
    .getByRole('link', { name: /Berikutnya/ })
    .click();
  await page.getByRole('button', { name: 'Konflik kepentingan' }).click();
  await page.getByLabel('Alasan').fill('Instansi tempat saya bekerja');
  await page.getByRole('button', { name: 'Nyatakan konflik' }).click();
  await expect(page.getByTestId('total')).toHaveText('—');
  await expectAccessible(page, 'sheet in conflict of interest');

  await page.getByRole('navigation').getByRole('link', { name: 'Nilai saya' }).click();
  await page.locator('.score-table').waitFor();
  await expectAccessible(page, 'my scores');

  await page.getByRole('navigation').getByRole('link', { name: 'Status' }).click();
  await page.getByTestId('storage-panel').waitFor();
  await expectAccessible(page, 'status');
});

test('an enrolled tablet: schedule, sheet and its enrollment page, in both languages', async ({ page }) => {
  await enrollThroughLink(page, server, 'j4');
  await expectAccessible(page, 'enrolled schedule');
  await page.locator(SCHEDULE_ROW).first().click();
  await page.locator('[data-criterion-id]').first().waitFor();
  await expectAccessible(page, 'enrolled sheet');
  await page.goto(`${server.url}/enroll`);
  await page.getByTestId('enrolled-card').waitFor();
  await expectAccessible(page, 'enrolled tablet');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tablet enrolled' })).toBeVisible();
  await expectAccessible(page, 'enrolled tablet in English');
});
