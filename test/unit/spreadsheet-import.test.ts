/**
 * The committee's spreadsheet, made in the test the way Excel would save it, read by the console's
 * own reader and checked cell by cell: what imports cleanly, and what is named by row and column.
 */

import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readSpreadsheet } from '#app/panitia/import/read-spreadsheet.ts';
import { templateCsv, templateXlsx } from '#app/panitia/import/template.ts';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import { EventDraftSchema, type EventPackage } from '#shared/event.ts';
import { diffSchedules } from '#shared/package-diff.ts';
import { applyImportedRows } from '#shared/schedule-apply.ts';
import { describeIssue, IMPORT_COLUMNS, validateImportRows } from '#shared/schedule-import.ts';
import { parseWith } from '#shared/validation.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

const DAYS = ['2021-03-16', '2021-03-17'];
const CONTEXT = { days: DAYS, slotMinutes: 20 };
const HEADER = IMPORT_COLUMNS.map((c) => c.header);
const TYPES = ['Perangkat daerah', 'Sekolah', 'Puskesmas', 'Unit kerja', 'Perusahaan daerah'];

/** 46 teams, 23 a day from 08.00 every 20 minutes, as the committee would type them. */
function teamRows(): [number, string, string, string, string, string, string, string][] {
  return Array.from({ length: 46 }, (_, i) => {
    const slot = i % 23;
    const minutes = 8 * 60 + slot * 20;
    const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;
    return [
      i + 1,
      `Kelurahan Ketawanggede ${i + 1}`,
      TYPES[i % TYPES.length] ?? 'Sekolah',
      `Inovasi “Layanan Cepat” nomor ${i + 1}`,
      `Ringkasan inovasi ke-${i + 1}: warga dilayani tanpa antre.`,
      i < 23 ? '16/03/2021' : '17/03/2021',
      clock,
      'Ruang Bromo',
    ];
  });
}

async function xlsx(rows: unknown[][]): Promise<Blob> {
  const buffer = await writeXlsxFile(
    rows.map((row) => row.map((value) => ({ value: value as string }))) as never,
  ).toBuffer();
  return new Blob([new Uint8Array(buffer)]);
}

function csv(rows: unknown[][], separator: string, bom: boolean): Blob {
  const quote = (cell: unknown) => {
    const text = String(cell);
    return text.includes(separator) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const body = rows.map((row) => row.map(quote).join(separator)).join('\r\n');
  return new Blob([`${bom ? '\uFEFF' : ''}${body}\r\n`]);
}

describe('importing the committee’s spreadsheet', () => {
  it('imports 46 teams from an XLSX whose days are real Excel dates', async () => {
    const rows = teamRows().map((row) => {
      const [y, m, d] = (row[5] === '16/03/2021' ? '2021-03-16' : '2021-03-17').split('-').map(Number);
      return [...row.slice(0, 5), new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d)), ...row.slice(6)];
    });
    const buffer = await writeXlsxFile([
      HEADER.map((value) => ({ value })),
      ...rows.map((row) =>
        row.map((value) =>
          value instanceof Date
            ? { value, type: Date, format: 'dd/mm/yyyy' }
            : { value: value as string | number },
        ),
      ),
    ] as never).toBuffer();
    const grid = await readSpreadsheet(new Blob([new Uint8Array(buffer)]), 'peserta.xlsx');
    const result = validateImportRows(grid, CONTEXT);
    if (!result.ok) throw new Error(result.issues.map(describeIssue).join('\n'));
    expect(result.rows).toHaveLength(46);
    expect(result.rows[23]).toMatchObject({
      no: 24,
      day: '2021-03-17',
      start: '08:00',
      agencyType: 'unit-kerja',
    });
    expect(result.rows[0]?.title).toBe('Inovasi “Layanan Cepat” nomor 1');

    const draft: EventPackage = { ...makeSmallEvent(), teams: [], slots: [] };
    const next = applyImportedRows(draft, result.rows);
    expect(parseWith(EventDraftSchema, next).ok).toBe(true);
    expect(next.teams).toHaveLength(46);
    expect(next.slots.filter((s) => s.day === '2021-03-17')).toHaveLength(23);
  });

  it('imports the same 46 teams from a comma CSV', async () => {
    const grid = await readSpreadsheet(csv([HEADER, ...teamRows()], ',', false), 'peserta.csv');
    const result = validateImportRows(grid, CONTEXT);
    expect(result.ok && result.rows.length).toBe(46);
  });

  it('imports a CSV saved by Excel in Indonesian locale: semicolons and a UTF-8 BOM', async () => {
    const blob = csv([HEADER, ...teamRows()], ';', true);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const grid = await readSpreadsheet(blob, 'Daftar Peserta KIPP.CSV');
    expect(grid[0]?.[0]).toBe('No');
    const result = validateImportRows(grid, CONTEXT);
    if (!result.ok) throw new Error(result.issues.map(describeIssue).join('\n'));
    expect(result.rows).toHaveLength(46);
    expect(result.rows[45]).toMatchObject({
      no: 46,
      day: '2021-03-17',
      start: '15:20',
      title: 'Inovasi “Layanan Cepat” nomor 46',
    });
  });

  it('names exactly the three bad cells by row and column, and gives no rows to import', async () => {
    const rows: unknown[][] = teamRows();
    const set = (index: number, column: number, value: string) => {
      const row = rows[index];
      if (row) row[column] = value;
    };
    set(2, 6, '8 pagi'); // spreadsheet row 4, Jam mulai
    set(9, 2, 'Kecamatan'); // row 11, Jenis
    set(30, 5, '18/03/2021'); // row 32, Hari
    const fromXlsx = await readSpreadsheet(await xlsx([HEADER, ...rows]), 'peserta.xlsx');
    const fromCsv = await readSpreadsheet(csv([HEADER, ...rows], ';', true), 'peserta.csv');
    for (const grid of [fromXlsx, fromCsv]) {
      const result = validateImportRows(grid, CONTEXT);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map(describeIssue)).toEqual([
        'Baris 4, kolom Jam mulai (G): harus jam, misalnya 08.30',
        'Baris 11, kolom Jenis (C): harus salah satu dari: Perangkat daerah, Unit kerja, Sekolah, Puskesmas, Perusahaan daerah',
        'Baris 32, kolom Hari (F): 18/03/2021 bukan hari acara (16/03/2021, 17/03/2021)',
      ]);
      expect('rows' in result).toBe(false);
    }
  });

  it('reports a duplicate number and two teams in one room at once on the later row', () => {
    const rows: unknown[][] = teamRows().slice(0, 3);
    const second = rows[1];
    const third = rows[2];
    if (second) second[0] = 1;
    if (third) third[6] = '08.10';
    const result = validateImportRows([HEADER, ...rows], CONTEXT);
    expect(result.ok ? [] : result.issues.map(describeIssue)).toEqual([
      'Baris 3, kolom No (A): nomor 1 sudah dipakai di baris 2',
      'Baris 4, kolom Jam mulai (G): bentrok dengan No 1 (baris 2, 08.00–08.20 di Ruang Bromo)',
    ]);
  });

  it('names a missing column in the header row', () => {
    const result = validateImportRows([HEADER.filter((h) => h !== 'Ruang'), ...teamRows()], CONTEXT);
    expect(result.ok ? [] : result.issues.map(describeIssue)).toEqual([
      'Baris 1, kolom Ruang: kolom "Ruang" tidak ditemukan di baris judul; pakai templat',
    ]);
  });

  it.each(['xlsx', 'csv'] as const)('reads its own %s template back as the same schedule', async (format) => {
    const blob = format === 'xlsx' ? await templateXlsx(DEMO_EVENT) : templateCsv(DEMO_EVENT);
    const grid = await readSpreadsheet(blob, `templat.${format}`);
    expect(grid[0]).toEqual(HEADER);
    const result = validateImportRows(grid, { days: DEMO_EVENT.event.days, slotMinutes: 20 });
    if (!result.ok) throw new Error(result.issues.map(describeIssue).join('\n'));
    const diff = diffSchedules(DEMO_EVENT, applyImportedRows(DEMO_EVENT, result.rows));
    expect([diff.added, diff.moved, diff.removed]).toEqual([[], [], []]);
  });
});
