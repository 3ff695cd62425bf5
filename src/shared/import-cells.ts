/**
 * Reading one spreadsheet cell of the committee's team list. Excel hands over dates as Date objects or
 * serial numbers and times as day fractions, Indonesian users type "08.30" and "16/03/2021": every
 * cell is turned into the package's own form here, or into a plain Indonesian message.
 */
import { AGENCY_TYPES, type AgencyType } from '#shared/event.ts';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const MONTHS = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
];

/** The labels the template shows for each agency type; ids are accepted as well. */
export const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
  'perangkat-daerah': 'Perangkat daerah',
  'unit-kerja': 'Unit kerja',
  sekolah: 'Sekolah',
  puskesmas: 'Puskesmas',
  'perusahaan-daerah': 'Perusahaan daerah',
};

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** True for a cell the user left empty. */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function cellText(cell: unknown, max: number): CellResult<string> {
  if (isBlank(cell)) return bad('wajib diisi');
  const text = cell instanceof Date ? cell.toISOString() : String(cell).trim().replace(/\s+/g, ' ');
  if (text.length > max) return bad(`paling banyak ${max} huruf (sekarang ${text.length})`);
  return ok(text);
}

export function cellNumber(cell: unknown): CellResult<number> {
  if (isBlank(cell)) return bad('wajib diisi');
  const n = typeof cell === 'number' ? cell : /^\s*\d+\s*$/.test(String(cell)) ? Number(cell) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 9999) return bad('harus bilangan bulat 1–9999');
  return ok(n);
}

export function cellAgencyType(cell: unknown): CellResult<AgencyType> {
  if (isBlank(cell)) return bad('wajib diisi');
  const key = String(cell).trim().toLowerCase().replace(/\s+/g, '-');
  const found = AGENCY_TYPES.find(
    (type) => type === key || AGENCY_TYPE_LABELS[type].toLowerCase().replace(/\s+/g, '-') === key,
  );
  return found
    ? ok(found)
    : bad(`harus salah satu dari: ${AGENCY_TYPES.map((t) => AGENCY_TYPE_LABELS[t]).join(', ')}`);
}

/**
 * A day of the event: a date (Excel date, 2021-03-16, 16/03/2021, "Selasa, 16 Maret 2021") or the
 * day's number (1 = the event's first day).
 */
export function cellDay(cell: unknown, days: readonly string[]): CellResult<string> {
  if (isBlank(cell)) return bad('wajib diisi');
  const iso = toIsoDate(cell, days);
  if (!iso) return bad('harus tanggal, misalnya 16/03/2021, atau nomor hari acara (1, 2, …)');
  if (!days.includes(iso))
    return bad(`${formatDay(iso)} bukan hari acara (${days.map(formatDay).join(', ')})`);
  return ok(iso);
}

/** A start time: 08.30, 8:30, an Excel time (a fraction of a day) or a Date holding a time. */
export function cellClock(cell: unknown): CellResult<string> {
  if (isBlank(cell)) return bad('wajib diisi');
  let minutes: number | undefined;
  if (cell instanceof Date && !Number.isNaN(cell.getTime()))
    minutes = cell.getUTCHours() * 60 + cell.getUTCMinutes();
  else if (typeof cell === 'number' && cell >= 0 && cell < 1) minutes = Math.round(cell * 24 * 60);
  else {
    const match = /^\s*(\d{1,2})[.:](\d{2})\s*$/.exec(String(cell));
    if (match) {
      const h = Number(match[1]);
      const m = Number(match[2]);
      if (h < 24 && m < 60) minutes = h * 60 + m;
    }
  }
  if (minutes === undefined || minutes >= 24 * 60) return bad('harus jam, misalnya 08.30');
  return ok(toClock(minutes));
}

export function toClock(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function clockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** 2021-03-16 → 16/03/2021, the way Indonesian Excel shows a date. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function toIsoDate(cell: unknown, days: readonly string[]): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1 && cell <= days.length) return days[cell - 1];
    // An Excel serial date (days since 1899-12-30).
    if (cell > 20000 && cell < 80000)
      return new Date(Math.round((cell - 25569) * 86400000)).toISOString().slice(0, 10);
    return undefined;
  }
  const text = String(cell).trim().toLowerCase();
  if (/^\d{1,2}$/.test(text)) return days[Number(text) - 1];
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) return valid(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return valid(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[2] ?? '') + 1;
    return month > 0 ? valid(Number(match[3]), month, Number(match[1])) : undefined;
  }
  return undefined;
}

function valid(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}
