/**
 * The committee's team list (one row per team with its slot) checked cell by cell. A file is either
 * wholly valid or answered with every bad cell by row and column — nothing half-valid goes further.
 * Row numbers are the spreadsheet's own (the header is row 1), so the committee can find the cell.
 */
import type { AgencyType } from '#shared/event.ts';
import {
  type CellResult,
  cellAgencyType,
  cellClock,
  cellDay,
  cellNumber,
  cellText,
  clockMinutes,
  isBlank,
  toClock,
} from '#shared/import-cells.ts';

/** The template's columns, in order, with the header the committee sees. */
export const IMPORT_COLUMNS = [
  { key: 'no', header: 'No' },
  { key: 'agency', header: 'Perangkat daerah / unit' },
  { key: 'agencyType', header: 'Jenis' },
  { key: 'title', header: 'Judul inovasi' },
  { key: 'summary', header: 'Ringkasan' },
  { key: 'day', header: 'Hari' },
  { key: 'start', header: 'Jam mulai' },
  { key: 'room', header: 'Ruang' },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export interface ImportedRow {
  /** The spreadsheet row it came from. */
  row: number;
  no: number;
  agency: string;
  agencyType: AgencyType;
  title: string;
  summary: string;
  day: string;
  start: string;
  room: string;
}

export interface CellIssue {
  row: number;
  column: string;
  /** Spreadsheet column letter (A, B, …), or '' when the column is missing. */
  letter: string;
  message: string;
}

export interface ImportContext {
  days: readonly string[];
  /** Length of a slot (presentation + interview), to find two teams in one room at once. */
  slotMinutes: number;
}

export type ImportResult = { ok: true; rows: ImportedRow[] } | { ok: false; issues: CellIssue[] };

export const MAX_IMPORT_ROWS = 500;

/** One line per issue, in the words the console shows. */
export function describeIssue(issue: CellIssue): string {
  const where = issue.letter ? `kolom ${issue.column} (${issue.letter})` : `kolom ${issue.column}`;
  return `Baris ${issue.row}, ${where}: ${issue.message}`;
}

/** Checks a sheet read as rows of cells (row 0 the header). */
export function validateImportRows(
  sheet: readonly (readonly unknown[])[],
  context: ImportContext,
): ImportResult {
  const header = sheet[0] ?? [];
  const positions = locateColumns(header);
  const missing = IMPORT_COLUMNS.filter((c) => positions[c.key] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((c) => ({
        row: 1,
        column: c.header,
        letter: '',
        message: `kolom "${c.header}" tidak ditemukan di baris judul; pakai templat`,
      })),
    };
  }
  const issues: CellIssue[] = [];
  const rows: ImportedRow[] = [];
  const dataRows = sheet.slice(1).map((cells, i) => ({ cells, row: i + 2 }));
  const filled = dataRows.filter(({ cells }) => !cells.every(isBlank));
  if (filled.length === 0)
    return { ok: false, issues: [issueAt(2, 'no', positions, 'berkas tidak berisi peserta')] };
  if (filled.length > MAX_IMPORT_ROWS) {
    const row = filled[MAX_IMPORT_ROWS]?.row ?? 2;
    return { ok: false, issues: [issueAt(row, 'no', positions, `paling banyak ${MAX_IMPORT_ROWS} peserta`)] };
  }

  for (const { cells, row } of filled) {
    const read = <T>(key: ImportColumnKey, parse: (cell: unknown) => CellResult<T>): T | undefined => {
      const result = parse(cells[positions[key] ?? -1]);
      if (result.ok) return result.value;
      issues.push(issueAt(row, key, positions, result.message));
      return undefined;
    };
    const values = {
      no: read('no', cellNumber),
      agency: read('agency', (c) => cellText(c, 160)),
      agencyType: read('agencyType', cellAgencyType),
      title: read('title', (c) => cellText(c, 200)),
      summary: read('summary', (c) => cellText(c, 1000)),
      day: read('day', (c) => cellDay(c, context.days)),
      start: read('start', cellClock),
      room: read('room', (c) => cellText(c, 80)),
    };
    if (isComplete(values)) rows.push({ row, ...values });
  }
  issues.push(...crossRowIssues(rows, positions, context));
  // Every cell is still checked, so one round of fixes covers the whole file.
  const over = filled[MAX_IMPORT_ROWS];
  if (over)
    issues.push(issueAt(over.row, 'no', positions, `paling banyak ${MAX_IMPORT_ROWS} peserta per acara`));
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.row - b.row) };
  return { ok: true, rows };
}

/** Two rows with one number, or two teams in one room at once: reported on the later row. */
function crossRowIssues(
  rows: readonly ImportedRow[],
  positions: Positions,
  context: ImportContext,
): CellIssue[] {
  const issues: CellIssue[] = [];
  const byNo = new Map<number, ImportedRow>();
  const placed: ImportedRow[] = [];
  for (const row of rows) {
    const twin = byNo.get(row.no);
    if (twin) {
      issues.push(issueAt(row.row, 'no', positions, `nomor ${row.no} sudah dipakai di baris ${twin.row}`));
      continue;
    }
    byNo.set(row.no, row);
    const start = clockMinutes(row.start);
    const clash = placed.find(
      (other) =>
        other.day === row.day &&
        other.room.toLowerCase() === row.room.toLowerCase() &&
        Math.abs(clockMinutes(other.start) - start) < context.slotMinutes,
    );
    if (clash) {
      const end = toClock(clockMinutes(clash.start) + context.slotMinutes);
      issues.push(
        issueAt(
          row.row,
          'start',
          positions,
          `bentrok dengan No ${clash.no} (baris ${clash.row}, ${clash.start.replace(':', '.')}–${end.replace(':', '.')} di ${clash.room})`,
        ),
      );
      continue;
    }
    placed.push(row);
  }
  return issues;
}

type Positions = Partial<Record<ImportColumnKey, number>>;

const normalise = (text: unknown) =>
  String(text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const ALIASES: Record<ImportColumnKey, string[]> = {
  no: ['no', 'nomor', 'nourut'],
  agency: ['perangkatdaerahunit', 'perangkatdaerah', 'unit', 'unitkerja', 'instansi'],
  agencyType: ['jenis', 'jenisinstansi'],
  title: ['judulinovasi', 'namainovasi', 'judul'],
  summary: ['ringkasan', 'deskripsi'],
  day: ['hari', 'tanggal', 'haritanggal'],
  start: ['jammulai', 'jam', 'pukul', 'mulai'],
  room: ['ruang', 'ruangan'],
};

function locateColumns(header: readonly unknown[]): Positions {
  const positions: Positions = {};
  for (const column of IMPORT_COLUMNS) {
    const index = header.findIndex((cell) => ALIASES[column.key].includes(normalise(cell)));
    if (index >= 0) positions[column.key] = index;
  }
  return positions;
}

function issueAt(row: number, key: ImportColumnKey, positions: Positions, message: string): CellIssue {
  const column = IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
  const index = positions[key];
  return { row, column, letter: index === undefined ? '' : columnLetter(index), message };
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function isComplete<T extends Record<string, unknown>>(
  values: T,
): values is { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.values(values).every((value) => value !== undefined);
}
