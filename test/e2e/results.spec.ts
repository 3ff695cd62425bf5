/**
 * The results page in Chromium against the real server: a small event scored through the HTTP API
 * (support/results-seed.ts has the arithmetic), the ranking and Top 3 as computed by hand, the page
 * noticing the last sheet arrive and saying why the ranking changed, the committee recording the draw
 * that settles the Top 3, and the Excel download read back cell by cell.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import {
  finaliseLastSheet,
  JUROR_NAMES,
  RESULTS_EVENT,
  seedResultsEvent,
  TEAM_TITLES,
} from './support/results-seed.ts';
import type { RunningServer } from './support/server.ts';
import { ORGANIZER_TOKEN, startSyncServer } from './sync-support.ts';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startSyncServer();
});

test.afterAll(async () => {
  await server?.stop();
});

/** The ranking table's rows as [rank, team] in order. */
async function rankingRows(page: Page): Promise<[string, string][]> {
  return page
    .locator('[data-testid="ranking"] tbody tr[data-team-id]')
    .evaluateAll((rows) =>
      rows.map((row): [string, string] => [
        row.querySelector('td.rank')?.textContent?.trim() ?? '',
        row.querySelector('th.team .team-name')?.textContent?.trim() ?? '',
      ]),
    );
}

const T = (n: number) => `${n}. ${TEAM_TITLES[n - 1]}`;

test('the committee reads the ranking, sees it change and why, records the draw, and downloads Excel', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const seeded = await seedResultsEvent(server, ORGANIZER_TOKEN);
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/panitia/acara/${RESULTS_EVENT}/peringkat#token=${ORGANIZER_TOKEN}`);

  // The ranking as computed by hand; T3 and T4 are level after every declared rule and share rank 3.
  await expect(page.getByTestId('ranking')).toBeVisible();
  expect(await rankingRows(page)).toEqual([
    ['1', T(1)],
    ['2', T(2)],
    ['3', T(3)],
    ['3', T(4)],
    ['5', T(5)],
    ['6', T(6)],
    ['7', T(7)],
  ]);
  const row = (n: number) =>
    page.locator(`[data-testid="ranking"] tr[data-team-id="${seeded.teams[n - 1]}"]`);
  await expect(row(1).locator('td.mean')).toHaveText('96,30');
  await expect(row(3).locator('td.mean')).toHaveText('81,48');
  await expect(row(1).getByText('★ Top 3')).toBeVisible();
  await expect(row(5).getByText('★ Top 3')).toHaveCount(0);
  await expect(row(5).getByText('★ Top 6')).toBeVisible();
  // J3's conflict with T5 was declared by the committee: shown, not counted.
  await expect(row(5).locator(`td[data-juror-id="${seeded.jurors[2]}"]`)).toHaveText('KK*');

  // Sementara, naming the missing sheet; the Top 3 holds four teams until the draw.
  const status = page.getByTestId('results-status');
  await expect(status).toContainText('Peringkat SEMENTARA: 1 lembar wajib belum final');
  await expect(status).toContainText(`${T(7)}: ${JUROR_NAMES[2]} (draf)`);
  const top3 = page.getByTestId('top-3');
  await expect(top3).toContainText('belum pasti');
  await expect(top3.locator('li .team-name')).toHaveText(TEAM_TITLES.slice(0, 4));
  await page.screenshot({ path: test.info().outputPath('results-sementara-1366.png'), fullPage: true });

  // The last sheet arrives while the page is open: it refreshes itself and says what changed and why.
  await finaliseLastSheet(server, seeded);
  await expect(status).toContainText('Hasil lengkap', { timeout: 20_000 });
  const changes = page.getByTestId('ranking-changes');
  await expect(changes).toContainText('Semua lembar wajib sudah final');
  await expect(changes).toContainText(`${JUROR_NAMES[2]} memfinalkan lembar ${T(7)} (nilai akhir 44,44)`);

  // The per-team detail: each juror's scores, the conflict with its reason, the chart's text.
  await row(5)
    .getByRole('button', { name: /Rincian/ })
    .click();
  const detail = page.getByTestId('team-detail');
  await expect(detail).toContainText('dinyatakan panitia: Juri pernah menjadi pembina inovasi ini');
  await expect(detail.getByRole('img')).toHaveAttribute(
    'aria-label',
    `Nilai akhir juri untuk ${T(5)}: Dr. Ratna Wulandari, M.Si. 77,78, Ir. Bambang Hartono 77,78. Rata-rata 77,78.`,
  );
  await row(5)
    .getByRole('button', { name: /Tutup rincian/ })
    .click();

  // The committee draws T4 before T3.
  const trail = page.getByTestId('tie-trail');
  await expect(trail).toContainText('Belum ada keputusan undian yang dicatat');
  await trail.getByRole('button', { name: 'Catat keputusan undian…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Catat keputusan undian panitia' });
  await expect(dialog.getByTestId('draw-order').locator('li span')).toHaveText([T(3), T(4)]);
  await dialog.getByRole('button', { name: `Naikkan ${T(4)}` }).click();
  await expect(dialog.getByTestId('draw-order').locator('li span')).toHaveText([T(4), T(3)]);
  await dialog.getByLabel(/Cara dan alasan/).fill('Undian dua kertas bernomor di hadapan ketiga juri');
  await dialog.getByLabel(/Diputuskan oleh/).fill('Ketua Tim Penilai, Boedi Utomo');
  await dialog.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(trail).toContainText('Undian dicatat oleh Ketua Tim Penilai, Boedi Utomo');
  expect((await rankingRows(page)).slice(2, 4)).toEqual([
    ['3', T(4)],
    ['4', T(3)],
  ]);
  await expect(top3.locator('li .team-name')).toHaveText([1, 2, 4].map((n) => TEAM_TITLES[n - 1] ?? ''));
  await expect(top3).not.toContainText('belum pasti');
  await expect(changes).toContainText(`${T(3)} turun dari peringkat 3 ke 4`);
  await expect(changes).toContainText('panitia mencatat keputusan undian (Ketua Tim Penilai, Boedi Utomo)');
  await page.screenshot({ path: test.info().outputPath('results-final-1366.png'), fullPage: true });
  // How it looks on the committee's other screens: a 1280×800 laptop, one team's detail open.
  await page.setViewportSize({ width: 1280, height: 800 });
  await row(3)
    .getByRole('button', { name: /Rincian/ })
    .click();
  await page.getByTestId('team-detail').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('results-detail-1280.png') });
  await row(3)
    .getByRole('button', { name: /Tutup rincian/ })
    .click();

  // Excel, read back cell by cell.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh Excel (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`peringkat-${RESULTS_EVENT}.xlsx`);
  const file = test.info().outputPath('peringkat.xlsx');
  await download.saveAs(file);
  const workbook = await readXlsxFile(readFileSync(file));
  expect(workbook.map((s) => s.sheet)).toEqual([
    'Peringkat',
    'Nilai per juri',
    'Catatan',
    'Riwayat perubahan',
    'Keterangan',
  ]);
  const ranking = workbook[0]?.data ?? [];
  // Means are stored in full (Σ units / sheets): six decimals are enough to compare them by hand.
  const six = (x: unknown) => (typeof x === 'number' ? Math.round(x * 1e6) / 1e6 : x);
  expect(ranking.slice(1).map((r) => [r[0], r[1], r[2], r[4], six(r[5])])).toEqual([
    [1, 1, TEAM_TITLES[0], 'Top 6, Top 3', 96.296296],
    [2, 2, TEAM_TITLES[1], 'Top 6, Top 3', 88.888889],
    [3, 4, TEAM_TITLES[3], 'Top 6, Top 3', 81.481482],
    [4, 3, TEAM_TITLES[2], 'Top 6', 81.481482],
    [5, 5, TEAM_TITLES[4], 'Top 6', 77.777778],
    [6, 6, TEAM_TITLES[5], 'Top 6', 66.666667],
    [7, 7, TEAM_TITLES[6], null, 51.851852],
  ]);
  const history = workbook[3]?.data ?? [];
  expect(
    history.some(
      (r) => r[1] === 'Undian panitia' && r[7] === 'Undian dua kertas bernomor di hadapan ketiga juri',
    ),
  ).toBe(true);
  await context.close();
});
