/**
 * The results exports read back as Excel and a CSV reader would: the workbook with read-excel-file
 * (Node entry), cell by cell, plus its XML for the frozen header row and the two-decimal format; the
 * CSV with papaparse, with a BOM, semicolons and decimal commas (or commas and decimal points).
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvText } from '#app/panitia/results/export-csv.ts';
import { exportSheets } from '#app/panitia/results/export-sheets.ts';
import { xlsxBlob } from '#app/panitia/results/export-xlsx.ts';
import { exportInput } from './results/export-fixture.ts';

type Sheets = Awaited<ReturnType<typeof readXlsxFile>>;
let workbook: Sheets;
let parts: Record<string, Uint8Array>;
const input = exportInput();

beforeAll(async () => {
  const bytes = Buffer.from(await (await xlsxBlob(exportSheets(input))).arrayBuffer());
  // The zip library both spreadsheet libraries unpack with.
  parts = unzipSync(bytes);
  workbook = await readXlsxFile(bytes);
});

const sheet = (name: string) => workbook.find((s) => s.sheet === name)?.data ?? [];
const toMinute = <T>(value: T): T | Date =>
  value instanceof Date ? new Date(Math.round(value.getTime() / 60_000) * 60_000) : value;
/** One part of the .xlsx (a zip), as text: what Excel itself reads. */
const part = (path: string) => strFromU8(parts[path] ?? new Uint8Array());

describe('XLSX export', () => {
  it('has the sheets in order, each header row frozen', () => {
    expect(workbook.map((s) => s.sheet)).toEqual([
      'Peringkat',
      'Nilai per juri',
      'Catatan',
      'Riwayat perubahan',
      'Keterangan',
    ]);
    for (let i = 1; i <= 5; i++)
      expect(part(`xl/worksheets/sheet${i}.xml`)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    // Computed values are shown with two decimals, z-scores with three.
    expect(part('xl/styles.xml')).toContain('formatCode="0.00"');
    expect(part('xl/styles.xml')).toContain('formatCode="0.000"');
  });

  it('Peringkat: the official order with numbers stored as numbers, worked by hand', () => {
    const rows = sheet('Peringkat');
    expect(rows[0]).toEqual([
      'Peringkat',
      'No',
      'Judul inovasi',
      'Perangkat daerah / unit',
      'Kelompok terbaik',
      'Rata-rata nilai akhir',
      'Nilai Dr. Ratna Wulandari',
      'Nilai Bambang Setiawan',
      'Lembar dihitung',
      'Konflik kepentingan',
      'Simpangan baku',
      'Rentang',
      'Beda pendapat',
      'Rata-rata Kebaruan',
      'Rata-rata Efektif',
      'Rata-rata Bermanfaat',
      'Rata-rata Dapat ditransfer / direplikasi',
      'Rata-rata Berkelanjutan',
      'Rata-rata skor-z',
      'Peringkat skor-z (pembanding)',
      'Keterangan',
    ]);
    const teams = input.reply.results.teams;
    const z = (i: number) => teams[i]?.zMean ?? null;
    const zRank = (i: number) => teams[i]?.zRank ?? null;
    // dispendukcapil: (91.111111 + 77.777778) / 2; SD = range / 2 with two sheets; efektif (10 + 8) / 2.
    expect(rows[1]).toEqual([
      1,
      null,
      'Layanan Adminduk Drive-Thru',
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Top 6, Top 3',
      84.4444445,
      91.111111,
      77.777778,
      2,
      0,
      6.6666665,
      13.333333,
      null,
      8.5,
      9,
      8.5,
      8.5,
      8.5,
      z(0),
      zRank(0),
      null,
    ]);
    // smpn: only juri-1's final 77.777778 counts; juri-2's draft is named in Keterangan.
    expect(rows[2]?.slice(0, 12)).toEqual([
      2,
      null,
      'Kelas Radio Belajar dari Rumah',
      'SMP Negeri 5 Malang',
      'Top 6, Top 3',
      77.777778,
      77.777778,
      null,
      1,
      0,
      0,
      0,
    ]);
    expect(rows[2]?.at(-1)).toBe('Bambang Setiawan: draf');
    expect(rows[3]?.slice(0, 10)).toEqual([
      3,
      null,
      'Posyandu Daring Dinoyo',
      'Puskesmas Dinoyo',
      'Top 6, Top 3',
      66.666667,
      66.666667,
      null,
      1,
      1,
    ]);
    expect(rows[3]?.at(-1)).toBe('Bambang Setiawan: konflik kepentingan');
    expect(rows).toHaveLength(4);
    for (const row of rows.slice(1)) expect(typeof row[5]).toBe('number');
  });

  it('Nilai per juri: one row per team × juror × criterion, with whether it counted', () => {
    const rows = sheet('Nilai per juri');
    expect(rows[0]).toEqual([
      'Peringkat',
      'No',
      'Judul inovasi',
      'Juri',
      'Kriteria',
      'Bobot (%)',
      'Nilai',
      'Status lembar',
      'Dihitung',
      'Nilai akhir lembar',
    ]);
    expect(rows).toHaveLength(1 + 3 * 2 * 5);
    // The edited score: 10 after the reasoned change.
    expect(rows[2]).toEqual([
      1,
      null,
      'Layanan Adminduk Drive-Thru',
      'Dr. Ratna Wulandari',
      'Efektif',
      20,
      10,
      'Final',
      'Ya',
      91.111111,
    ]);
    const draft = rows.filter(
      (r) => r[2] === 'Kelas Radio Belajar dari Rumah' && r[3] === 'Bambang Setiawan',
    );
    expect(draft.map((r) => [r[6], r[7], r[8], r[9]])).toEqual(
      Array(5).fill([6, 'Draf', 'Tidak', 55.555556]),
    );
    const conflict = rows.filter((r) => r[2] === 'Posyandu Daring Dinoyo' && r[3] === 'Bambang Setiawan');
    expect(conflict.map((r) => [r[6], r[7], r[8], r[9]])).toEqual(
      Array(5).fill([null, 'Konflik kepentingan', 'Tidak', null]),
    );
  });

  it('Catatan: notes, comments and conflicts with their reasons', () => {
    expect(sheet('Catatan')).toEqual([
      ['No', 'Judul inovasi', 'Juri', 'Jenis', 'Kriteria', 'Isi'],
      [
        null,
        'Layanan Adminduk Drive-Thru',
        'Dr. Ratna Wulandari',
        'Catatan kriteria',
        'Kebaruan',
        'Layanan tanpa turun dari mobil; ide segar.',
      ],
      [
        null,
        'Layanan Adminduk Drive-Thru',
        'Dr. Ratna Wulandari',
        'Komentar umum',
        null,
        'Presentasi jelas, data lengkap.',
      ],
      [
        null,
        'Posyandu Daring Dinoyo',
        'Bambang Setiawan',
        'Konflik kepentingan (dinyatakan juri)',
        null,
        'Istri bekerja di Puskesmas Dinoyo',
      ],
    ]);
  });

  it('Riwayat perubahan: sheet edits and committee changes in time order, times as WIB dates', () => {
    const rows = sheet('Riwayat perubahan');
    expect(rows[0]).toEqual([
      'Waktu (WIB)',
      'Jenis',
      'Peserta',
      'Oleh',
      'Kriteria',
      'Nilai lama',
      'Nilai baru',
      'Alasan',
      'Keterangan',
    ]);
    // 02:30Z is 09.30 WIB: stored as the wall clock, since spreadsheet dates have no zone. A date
    // cell is a floating day count: read back it can be a millisecond off, so minutes are compared.
    expect(rows.slice(1).map((row) => row.map(toMinute))).toEqual([
      [
        new Date('2021-03-16T09:30:00.000Z'),
        'Konflik kepentingan dinyatakan juri',
        'Posyandu Daring Dinoyo',
        'Bambang Setiawan',
        null,
        null,
        null,
        'Istri bekerja di Puskesmas Dinoyo',
        null,
      ],
      [
        new Date('2021-03-16T10:40:00.000Z'),
        'Nilai diubah setelah final',
        'Layanan Adminduk Drive-Thru',
        'Dr. Ratna Wulandari',
        'Efektif',
        9,
        10,
        'Salah ketuk, seharusnya 10',
        null,
      ],
      // The new enrollment code is left out: it cannot move a result.
      [
        new Date('2021-03-16T11:00:00.000Z'),
        'Kunci rubrik dibuka',
        null,
        'Panitia',
        null,
        null,
        null,
        'Nama kriteria salah ketik',
        'Kunci rubrik dibuka (versi paket 5, setelah nilai pertama)',
      ],
    ]);
  });

  it('Keterangan: status, fingerprint, method and the export time', () => {
    const rows = sheet('Keterangan');
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('Status')).toBe('SEMENTARA: 1 lembar wajib belum final');
    expect(value('Sidik data (SHA-256 atas semua bundel)')).toBe('ab'.repeat(32));
    expect(toMinute(value('Diekspor (WIB)'))).toEqual(new Date('2021-03-17T16:30:00.000Z'));
    expect(value('Kriteria Efektif')).toBe('bobot 20 %, skala 1–10 langkah 1');
    expect(value('Aturan peringkat sama')).toBe(
      '1) rata-rata kriteria Efektif lebih tinggi; 2) rata-rata kriteria Kebaruan lebih tinggi; 3) konflik kepentingan lebih sedikit; 4) undian panitia',
    );
  });
});

describe('CSV export', () => {
  const ranking = exportSheets(input)[0];
  if (!ranking) throw new Error('no ranking sheet');

  it('is UTF-8 with a BOM, semicolons and decimal commas for Indonesian Excel', () => {
    const text = csvText(ranking, ';');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]?.slice(0, 6)).toEqual([
      'Peringkat',
      'No',
      'Judul inovasi',
      'Perangkat daerah / unit',
      'Kelompok terbaik',
      'Rata-rata nilai akhir',
    ]);
    expect(parsed.data[1]?.slice(0, 12)).toEqual([
      '1',
      '',
      'Layanan Adminduk Drive-Thru',
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Top 6, Top 3',
      '84,44',
      '91,11',
      '77,78',
      '2',
      '0',
      '6,67',
      '13,33',
    ]);
    // A field holding the separator is quoted, and comes back whole.
    expect(parsed.data[3]?.at(-1)).toBe('Bambang Setiawan: konflik kepentingan');
    expect(parsed.data).toHaveLength(4);
  });

  it('with commas uses decimal points, and keeps the same table', () => {
    const parsed = Papa.parse<string[]>(csvText(ranking, ',').slice(1), { delimiter: ',' });
    expect(parsed.data[1]?.slice(4, 8)).toEqual(['Top 6, Top 3', '84.44', '91.11', '77.78']);
    expect(parsed.data.map((r) => r.length)).toEqual(Array(4).fill(ranking.columns.length));
  });
});
