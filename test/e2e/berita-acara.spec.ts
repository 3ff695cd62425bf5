/**
 * The "Must show", in Chromium against the real server: five tablets, each enrolled with its
 * own card, score four teams through the score sheet and finalise. The organizer sets the berita
 * acara up in the console's settings tab; while one sheet is still a draft the printed berita acara
 * says DRAF/SEMENTARA on every page and names the missing sheet; once it is final the results
 * endpoint gives the Top 3 worked out below, and the berita acara printed to PDF holds that ranking,
 * every juror's name and the endpoint's fingerprint (read back with pdftotext).
 *
 * KIPP Malang rubric: five criteria, equal weights, 1–10; a sheet's total is (Σ scores − 5) / 45 × 100.
 *   t1  every juror 9,9,9,9,9 → 40/45 = 88.888889               → mean 88,89  rank 1
 *   t2  every juror 8,9,8,8,8 → 36/45 = 80 (juror 2 first gave efektif 8 — 35/45 = 77.78 — and
 *       changed it to 9 after finalising, with a reason)         → mean 80,00  rank 2
 *   t3  every juror 9,8,8,8,8 → 80                               → mean 80,00  rank 3
 *       t2 and t3 tie on the mean; tie-break rule 1, efektif (9 against 8), puts t2 first.
 *   t4  jurors 1–4 7,7,7,7,7 → 30/45 = 66.666667; juror 5 declares a conflict of interest
 *                                                                → mean 66,67 over 4 sheets, rank 4
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as v from 'valibot';
import { EventResultsResponseSchema } from '#shared/results/results-schema.ts';
import {
  adminApi,
  allSent,
  closePanel,
  createPanelEvent,
  declareConflict,
  editFinal,
  enrollPanel,
  finalise,
  openSheet,
  printedPages,
  scoreSheet,
  type Tablet,
  WAIT,
} from './support/five-tablets.ts';
import type { RunningServer } from './support/server.ts';
import { ORGANIZER_TOKEN, startSyncServer } from './sync-support.ts';

const EVENT = {
  id: 'kipp-malang-2023',
  name: 'KIPP Kota Malang 2023',
  day: '2023-03-14',
  teams: [
    { id: 't1', title: 'SIDUKTHRU Adminduk Drive-Thru', agency: 'Dinas Kependudukan dan Pencatatan Sipil' },
    { id: 't2', title: 'ANTRE-WA Nomor Antrean WhatsApp', agency: 'Puskesmas Kendalkerep' },
    { id: 't3', title: 'BAMEDI Baca Meter Mandiri', agency: 'Perumda Air Minum Tugu Tirta' },
    { id: 't4', title: 'KLIK Klojen Surat Kilat', agency: 'Kecamatan Klojen' },
  ],
  jurors: [
    {
      name: 'Dr. Sri Wahyuni, M.Si.',
      title: 'Dosen Administrasi Publik',
      institution: 'Universitas Brawijaya',
    },
    { name: 'Ir. Bambang Hartono', title: 'Kepala Bidang Inovasi', institution: 'Bappeda Kota Malang' },
    { name: 'Yuliana Puspitasari', title: 'Jurnalis' },
    { name: 'Drs. Hendro Wibisono, M.AP' },
    { name: 'Fitri Handayani' },
  ],
};
const SCORES: Record<string, number[]> = {
  t1: [9, 9, 9, 9, 9],
  t2: [8, 9, 8, 8, 8],
  t3: [9, 8, 8, 8, 8],
  t4: [7, 7, 7, 7, 7],
};
const EDIT_REASON = 'Salah ketuk, data antrean sudah terukur';
const CONFLICT_REASON = 'Saudara kandung saya camat Klojen';
const NIP = '19680514 199403 1 007';
const FOOTER = /Berita Acara Penilaian [^·]* · sidik data [0-9a-f]{16}… Halaman \d+ dari \d+/;

let server: RunningServer;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(async () => {
  await server?.stop();
});

test('five tablets score a small event; the berita acara is DRAF until the last sheet, then holds the Top 3, the jurors and the fingerprint', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const jurorIds = await createPanelEvent(server, ORGANIZER_TOKEN, EVENT);
  expect(jurorIds).toHaveLength(5);
  const tablets = await enrollPanel(browser, server, ORGANIZER_TOKEN, EVENT.id);
  expect(tablets.map((t) => t.name)).toEqual(EVENT.jurors.map((j) => j.name));

  // All five judge at once; juror 5 leaves t3 a draft for now.
  await Promise.all(tablets.map((tablet, j) => judge(tablet, j)));
  await allSent(tablets);

  // The organizer fills the berita acara settings in the console's settings tab.
  const organizer = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const console_ = await organizer.newPage();
  await console_.goto(`${server.url}/panitia/acara/${EVENT.id}/pengaturan#token=${ORGANIZER_TOKEN}`);
  const form = console_.locator('.minutes-settings');
  await form.locator('textarea[name="minutes-lines"]').fill('Pemerintah Kota Malang\nSekretariat Daerah');
  await form
    .locator('input[name="minutes-subject"]')
    .fill('Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2023');
  await form.locator('input[name="minutes-number"]').fill('000.8.3.3/21/35.73.112/{tahun}');
  await form.locator('input[name="minutes-date"]').fill(EVENT.day);
  await form.locator('select[name="minutes-chair"]').selectOption({ label: EVENT.jurors[0]?.name ?? '' });
  await form.getByLabel(`NIP (18 angka): ${EVENT.jurors[3]?.name}`).fill('1968051419940310');
  await form.getByRole('button', { name: 'Simpan pengaturan berita acara' }).click();
  // A NIP two digits short is refused with the field named, and nothing is stored.
  await expect(form.getByRole('alert')).toHaveText('signers.0.nip: NIP harus 18 angka');
  await form.getByLabel(`NIP (18 angka): ${EVENT.jurors[3]?.name}`).fill(NIP);
  await form.getByLabel(`Pangkat / golongan: ${EVENT.jurors[3]?.name}`).fill('Pembina Tingkat I (IV/b)');
  await form.locator('input[name="minutes-ackPosition"]').fill('Kepala Bagian Organisasi');
  await form.locator('input[name="minutes-ackName"]').fill('Wahyu Setiawan, S.Sos., M.AP.');
  await form.getByRole('button', { name: 'Simpan pengaturan berita acara' }).click();
  await expect(form.getByRole('status')).toHaveText('Pengaturan berita acara tersimpan.', WAIT);

  // Sementara: every printed page says so, and the missing sheet is named.
  const dir = mkdtempSync(join(tmpdir(), 'juri-berita-acara-'));
  await form.getByTestId('open-berita-acara').click();
  await expect(console_.locator('.minutes-doc')).toHaveAttribute('data-final', 'false', WAIT);
  const draft = await printedPages(console_, dir, 'draf');
  expect(draft.length).toBeGreaterThan(1);
  for (const text of draft) expect(text).toContain('DRAF — PERINGKAT SEMENTARA — BELUM FINAL');
  expect(draft[0]).toContain('1 (satu) lembar penilaian wajib belum final');
  expect(draft[0]).toContain(`${EVENT.jurors[4]?.name}: BAMEDI Baca Meter Mandiri (draf)`);

  // Juror 5 finalises t3: the ranking is final.
  const fifth = tablets[4] as Tablet;
  await openSheet(fifth, server, 't3');
  await finalise(fifth);
  await allSent(tablets);

  const results = v.parse(
    EventResultsResponseSchema,
    await adminApi(server, ORGANIZER_TOKEN)('GET', `/events/${EVENT.id}/results`),
  ).results;
  expect(results.provisional).toBe(false);
  expect(results.topGroups.find((g) => g.size === 3)?.teamIds).toEqual(['t1', 't2', 't3']);
  expect(results.teams.map((t) => [t.teamId, t.rank, t.counted])).toEqual([
    ['t1', 1, 5],
    ['t2', 2, 5],
    ['t3', 3, 5],
    ['t4', 4, 4],
  ]);
  const { fingerprint } = v.parse(
    EventResultsResponseSchema,
    await adminApi(server, ORGANIZER_TOKEN)('GET', `/events/${EVENT.id}/results`),
  );

  await console_.reload();
  await expect(console_.locator('.minutes-doc')).toHaveAttribute('data-final', 'true', WAIT);
  await expect(console_.getByTestId('fingerprint')).toHaveText(fingerprint);
  const pages = await printedPages(console_, dir, 'final');
  // The document's running text, without each page's footer (a paragraph may go on over a page break).
  const text = pages
    .map((page) => page.replace(FOOTER, ' '))
    .join(' ')
    .replace(/\s+/g, ' ');
  for (const page of pages) expect(page).not.toContain('SEMENTARA');
  expect(pages[0]).toContain('PEMERINTAH KOTA MALANG SEKRETARIAT DAERAH');
  expect(pages[0]).toContain('Nomor: 000.8.3.3/21/35.73.112/2023');
  expect(pages[0]).toContain(
    'Pada hari ini Selasa tanggal empat belas bulan Maret tahun dua ribu dua puluh tiga',
  );
  // The Top 3 in order with their means (and in words), then the full ranking.
  expect(text).toMatch(
    /Tiga Besar .*1 SIDUKTHRU Adminduk Drive-Thru .*88,89 .*2 ANTRE-WA Nomor Antrean WhatsApp .*80,00 delapan puluh koma nol nol 3 BAMEDI Baca Meter Mandiri .*80,00/,
  );
  expect(text).toMatch(
    /Peringkat Lengkap .*1 1 SIDUKTHRU.*88,89 5 dari 5 3 besar 2 2 ANTRE-WA.*80,00 5 dari 5 3 besar 3 3 BAMEDI.*80,00 5 dari 5 3 besar 4 4 KLIK Klojen Surat Kilat.*66,67 4 dari 5 6 besar/,
  );
  expect(text).toContain(
    'Nilai rata-rata ANTRE-WA Nomor Antrean WhatsApp dan BAMEDI Baca Meter Mandiri sama, yaitu 80,00. Aturan 1 (rata-rata nilai kriteria Efektif yang lebih tinggi): ANTRE-WA Nomor Antrean WhatsApp 9; BAMEDI Baca Meter Mandiri 8.',
  );
  expect(text).toContain(CONFLICT_REASON);
  expect(text).toContain(EDIT_REASON);
  expect(text).toContain('Nilai Efektif: 8 → 9');
  for (const juror of EVENT.jurors) expect(text).toContain(juror.name);
  expect(text).toContain(`NIP ${NIP}`);
  expect(text).toContain(fingerprint);
  expect(pages.at(-1)).toContain('Demikian berita acara ini dibuat');
  expect(pages.at(-1)).toContain('Mengetahui, Kepala Bagian Organisasi');
  expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  await organizer.close();
  await closePanel(tablets);
});

/** Juror j (0-based) scores every team; juror 2 edits t2 after finalising, juror 5 recuses from t4. */
async function judge(tablet: Tablet, j: number): Promise<void> {
  for (const team of EVENT.teams) {
    await openSheet(tablet, server, team.id);
    if (j === 4 && team.id === 't4') {
      await declareConflict(tablet, CONFLICT_REASON);
      continue;
    }
    const scores = SCORES[team.id] ?? [];
    if (j === 1 && team.id === 't2') {
      await scoreSheet(tablet, [8, 8, 8, 8, 8]);
      await finalise(tablet);
      await editFinal(tablet, 'efektif', 9, EDIT_REASON);
      continue;
    }
    await scoreSheet(tablet, scores);
    if (!(j === 4 && team.id === 't3')) await finalise(tablet);
  }
}
