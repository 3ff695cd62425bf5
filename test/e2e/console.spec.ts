/**
 * The organizer's day with the real server in Chromium: open the printed console link, create the
 * event, import 46 teams from an XLSX, edit the rubric, add jurors, print the enrollment cards (every
 * QR decoded from a screenshot), enroll a tablet with one of them, score and finalise, move that team,
 * and see the tablet pick up the new time on its next sync while keeping its scores — and the
 * progress grid, open the whole time, show the final sheet without a reload.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { decodeQr, printedConsoleLink, writeTeamsXlsx } from './console-support.ts';
import { criterionIds, scoreCriterion } from './pwa-flow.ts';
import type { RunningServer } from './support/server.ts';
import { ORGANIZER_TOKEN, startSyncServer } from './sync-support.ts';

const EVENT = 'kipp-malang-2022';
const JURORS = [
  {
    name: 'Dr. Sri Wahyuni, M.Si.',
    title: 'Dosen Administrasi Publik',
    institution: 'Universitas Brawijaya',
  },
  { name: 'Ir. Bambang Hartono', title: 'Kepala Bidang Inovasi', institution: 'Bappeda Kota Malang' },
];
const SCORES = [8, 7, 9, 6, 7];

let server: RunningServer;

test.beforeAll(async () => {
  server = await startSyncServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test('organizer sets up the event, prints cards, moves a team; the tablet follows and keeps its scores', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const organizer = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const panitia = await organizer.newPage();

  // The printed link opens the console; the token leaves the address bar at once.
  await panitia.goto(printedConsoleLink(server.output()));
  await expect(panitia.getByRole('heading', { name: 'Acara', exact: true })).toBeVisible();
  expect(panitia.url()).not.toContain(ORGANIZER_TOKEN);

  // A new event.
  await panitia.locator('input[name="id"]').fill(EVENT);
  await panitia.locator('input[name="name"]').fill('KIPP Kota Malang 2022');
  await panitia.locator('input[name="venue"]').fill('Hotel Gajahmada, Malang');
  await panitia.locator('input[name="day-1"]').fill('2022-03-15');
  await panitia.getByRole('button', { name: 'Tambah hari' }).click();
  await expect(panitia.locator('input[name="day-2"]')).toHaveValue('2022-03-16');
  await panitia.getByRole('button', { name: 'Buat acara' }).click();
  await expect(panitia).toHaveURL(new RegExp(`/panitia/acara/${EVENT}/peserta$`));

  // Import 46 teams: preview first, nothing changes before "Terapkan".
  const dir = mkdtempSync(join(tmpdir(), 'juri-console-'));
  await panitia
    .getByTestId('import-file')
    .setInputFiles(await writeTeamsXlsx(dir, ['15/03/2022', '16/03/2022']));
  await expect(panitia.getByTestId('import-preview')).toContainText('46 baru');
  await expect(panitia.locator('[data-testid="team-table"] tbody tr')).toHaveCount(0);
  await panitia.getByRole('button', { name: 'Terapkan impor' }).click();
  await expect(panitia.locator('[data-testid="team-table"] tbody tr')).toHaveCount(46);

  // Rubric: KIPP Malang's five criteria, reweighted.
  await panitia.getByRole('link', { name: 'Rubrik' }).click();
  await panitia.locator('[data-criterion-id="kebaruan"] input[name="weight"]').fill('30');
  await panitia.locator('[data-criterion-id="efektif"] input[name="weight"]').fill('10');
  await panitia.locator('[data-criterion-id="efektif"] input[name="weight"]').press('Tab');
  await expect(panitia.getByTestId('weight-total')).toHaveText('Jumlah bobot: 100%');
  await panitia.getByRole('button', { name: 'Simpan rubrik' }).click();
  await expect(panitia.getByText('Rubrik tersimpan.')).toBeVisible();
  const rubric = await adminJson<{ package: { rubric: { criteria: { weight: number }[] } } }>(
    `/events/${EVENT}`,
  );
  expect(rubric.package.rubric.criteria.map((c) => c.weight)).toEqual([30, 10, 20, 20, 20]);

  // Jurors.
  await panitia.getByRole('link', { name: 'Juri & kartu' }).click();
  for (const juror of JURORS) {
    const form = panitia.locator('form.juror-form').last();
    await form.locator('input[name="juror-name"]').fill(juror.name);
    await form.locator('input[name="juror-title"]').fill(juror.title);
    await form.locator('input[name="juror-institution"]').fill(juror.institution);
    await form.getByRole('button', { name: 'Tambah juri' }).click();
    await expect(panitia.locator('.juror-admin-list')).toContainText(juror.name);
  }

  // Enrollment cards: every QR on the printed page is that juror's enrollment link.
  await panitia.getByTestId('print-cards').click();
  await expect(panitia.locator('.enroll-card')).toHaveCount(JURORS.length);
  const cards = await adminJson<{ cards: { jurorId: string; name: string; code: string; url: string }[] }>(
    `/events/${EVENT}/cards`,
    'POST',
  );
  const shot = await panitia.screenshot({ fullPage: true });
  const decoded: Record<string, string | null> = {};
  for (const card of await panitia.locator('.enroll-card').all()) {
    const jurorId = (await card.getAttribute('data-juror-id')) ?? '';
    const box = await card.getByTestId('card-qr').boundingBox();
    if (!box) throw new Error(`no QR for ${jurorId}`);
    decoded[jurorId] = decodeQr(shot, box);
    const typed = (await card.getByTestId('card-code').textContent())?.replace('-', '');
    expect(decoded[jurorId]).toBe(`${server.url}/enroll?code=${typed}`);
  }
  expect(decoded).toEqual(Object.fromEntries(cards.cards.map((c) => [c.jurorId, c.url])));
  const pdf = await panitia.pdf({ format: 'A4', printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  mkdirSync('test-results', { recursive: true });

  // The progress grid opens now and stays open: the tablet's final sheet must appear by itself.
  const grid = await organizer.newPage();
  await grid.goto(`${server.url}/panitia/acara/${EVENT}/kemajuan`);
  await grid.evaluate(() => Object.assign(window, { openedOnce: true }));
  const cell = grid.locator(`[data-testid="progress"] tr[data-team-id="t01"] td[data-juror-id="j1"]`);
  await expect(cell).toHaveAttribute('data-status', 'none');

  // A tablet enrolls with the first juror's card.
  const tabletContext = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const tablet = await tabletContext.newPage();
  await tablet.goto(decoded.j1 ?? '');
  await tablet.getByRole('button', { name: 'Ya, daftarkan' }).click();
  await tablet.locator('.pact-card input[type="checkbox"]').check();
  await tablet.locator('.pact-card button[type="submit"]').click();
  await tablet.goto(`${server.url}/?hari=2022-03-15`);
  await expect(teamTime(tablet)).toHaveText('08:00');

  // The juror scores team 1 and finalises it.
  await tablet.locator('a[data-team-id="t01"]').click();
  const criteria = await criterionIds(tablet);
  for (const [i, criterionId] of criteria.entries())
    await scoreCriterion(tablet, criterionId, SCORES[i] ?? 5);
  await tablet.getByRole('button', { name: 'Finalkan', exact: true }).click();
  await tablet.getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(tablet.getByRole('button', { name: 'Ubah nilai' })).toBeVisible();

  // The organizer moves team 1 to the end of the first day.
  await panitia.goto(`${server.url}/panitia/acara/${EVENT}/peserta`);
  await panitia.locator('tr[data-team-id="t01"]').getByRole('button', { name: 'Ubah / pindah' }).click();
  await panitia.locator('input[name="start"]').fill('16:40');
  await panitia.getByRole('button', { name: 'Simpan peserta' }).click();
  await expect(panitia.locator('tr[data-team-id="t01"] [data-testid="team-slot"]')).toContainText('16.40');

  // The tablet's next sync brings the new time and a notice; its scores stay.
  await tablet.goto(`${server.url}/status`);
  await tablet.getByRole('button', { name: 'Kirim sekarang' }).click();
  await tablet.goto(`${server.url}/?hari=2022-03-15`);
  await expect(teamTime(tablet)).toHaveText('16:40', { timeout: 30_000 });
  await expect(tablet.getByTestId('package-notice')).toContainText('Inovasi Pelayanan 1 pindah ke');
  await expect(tablet.locator('a[data-team-id="t01"]')).toHaveAttribute('data-status', 'final');
  await tablet.goto(`${server.url}/nilai/t01`);
  for (const [i, criterionId] of criteria.entries()) {
    await expect(
      tablet.locator(`[data-criterion-id="${criterionId}"] [aria-pressed="true"]`),
    ).toHaveAttribute('data-score-value', String(SCORES[i]));
  }

  // The grid, never reloaded, shows the final sheet, flagged as moved after scoring.
  await expect(cell).toHaveAttribute('data-status', 'final', { timeout: 30_000 });
  await expect(cell).toHaveAttribute('aria-label', 'Final, jadwal dipindah setelah dinilai', {
    timeout: 30_000,
  });
  expect(await grid.evaluate(() => 'openedOnce' in window)).toBe(true);
  await grid.screenshot({ path: 'test-results/console.png' });

  const devices = await adminJson<{
    devices: { jurorId: string; queueLength: number | null; packageVersion: number | null }[];
  }>(`/events/${EVENT}/devices`);
  expect(devices.devices).toEqual([expect.objectContaining({ jurorId: 'j1', queueLength: 0 })]);
  await tabletContext.close();
  await organizer.close();
});

test('a missing or wrong organizer token gets a clear page, and "Keluar" forgets the token', async ({
  page,
}) => {
  await page.goto(`${server.url}/panitia`);
  await expect(page.getByTestId('token-missing')).toContainText('Buka konsol dengan tautan panitia');
  await page.goto(`${server.url}/panitia/acara/kipp-malang-2021#token=bukan-token-panitia`);
  await expect(page.getByTestId('token-refused')).toContainText('Token panitia tidak dikenali');

  await page.getByLabel('Token panitia').fill(ORGANIZER_TOKEN);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'KIPP Kota Malang 2021' })).toBeVisible();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.reload();
  await expect(page.getByTestId('token-missing')).toBeVisible();
});

const teamTime = (tablet: Page) => tablet.locator('a[data-team-id="t01"] time');

async function adminJson<T>(path: string, method = 'GET'): Promise<T> {
  const res = await fetch(`${server.url}/api/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}
