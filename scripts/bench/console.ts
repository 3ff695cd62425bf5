/**
 * Section `console`: what the organizer console costs and how fast its import is.
 * - the console's lazy chunk (JS+CSS, gzip -9) and the spreadsheet chunks it loads on demand; the
 *   juror's first load is measured by `bundle-size` and must not contain any of them;
 * - reading a 3,000-row XLSX made here with the console's own reader and checking every cell with
 *   the shared validator (median of 3). The event limit is 500 teams, so that file is refused after
 *   every cell was checked: the figure is the time until the committee sees its full list of fixes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import writeXlsxFile from 'write-excel-file/node';
import { readSpreadsheet } from '#app/panitia/import/read-spreadsheet.ts';
import { IMPORT_COLUMNS, validateImportRows } from '#shared/schedule-import.ts';
import type { BenchContext, Figure, SectionOutcome } from './figures.ts';
import { percentile, round } from './figures.ts';
import { initialAssets } from './initial-assets.ts';

const ROWS = 3_000;
const RUNS = 3;
const DAYS = Array.from({ length: 15 }, (_, i) => `2021-03-${String(i + 1).padStart(2, '0')}`);
const ROOMS = 10;

export async function measureConsole({ distDir }: BenchContext): Promise<SectionOutcome> {
  const assets = join(distDir, 'assets');
  const files = await readdir(assets);
  const kib = async (prefix: string) => {
    let bytes = 0;
    for (const name of files.filter((f) => f.startsWith(prefix) && /\.(js|css)$/.test(f)))
      bytes += gzipSync(await readFile(join(assets, name)), { level: 9 }).length;
    return round(bytes / 1024);
  };
  const initial = (await initialAssets(distDir)).map((f) => f.split('/').pop() ?? '');
  const leaked = initial.filter((f) => /^(panitia|read-spreadsheet|template)-/.test(f));

  const xlsx = new Blob([new Uint8Array(await bigXlsx())]);
  const samples: number[] = [];
  let issues = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const grid = await readSpreadsheet(xlsx, 'peserta-3000.xlsx');
    const result = validateImportRows(grid, { days: DAYS, slotMinutes: 20 });
    samples.push(performance.now() - started);
    issues = result.ok ? 0 : result.issues.length;
  }
  const figures: Figure[] = [
    { name: 'console chunk panitia-app JS+CSS (gzip -9)', value: await kib('panitia-app-'), unit: 'KiB' },
    {
      name: 'XLSX/CSV reader chunk, loaded on file choice (gzip -9)',
      value: await kib('read-spreadsheet-'),
      unit: 'KiB',
    },
    {
      name: 'template writer chunk, loaded on download (gzip -9)',
      value: await kib('template-'),
      unit: 'KiB',
    },
    { name: 'console chunks in the juror first load', value: leaked.length, target: { op: '<=', value: 0 } },
    {
      name: `read + validate a ${ROWS}-row XLSX (${(xlsx.size / 1024).toFixed(0)} KiB), median of ${RUNS}`,
      value: round(percentile(samples, 50)),
      unit: 'ms',
      target: { op: '<=', value: 5_000 },
    },
    { name: 'issues reported for it (only the 500-team limit)', value: issues },
  ];
  return { status: 'ok', figures };
}

async function bigXlsx(): Promise<Buffer> {
  const header = IMPORT_COLUMNS.map((c) => ({ value: c.header }));
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const perDay = ROWS / DAYS.length;
    const inDay = i % perDay;
    const minutes = 7 * 60 + Math.floor(inDay / ROOMS) * 20;
    const day = DAYS[Math.floor(i / perDay)] ?? '2021-03-01';
    return [
      i + 1,
      `Unit Layanan ${i + 1}`,
      'Unit kerja',
      `Inovasi Pelayanan Publik ${i + 1}`,
      `Ringkasan inovasi nomor ${i + 1}: layanan lebih cepat dan mudah bagi warga.`,
      `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`,
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`,
      `Ruang ${(inDay % ROOMS) + 1}`,
    ].map((value) => ({ value }));
  });
  return writeXlsxFile([header, ...rows]).toBuffer();
}
