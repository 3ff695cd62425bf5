/**
 * Calendar dates as an Indonesian official document writes them: names from CLDR through Intl id-ID
 * ("Maret", "Rabu"; never the old "Nopember"), "17 Maret 2021" in the signature block, and spelled out
 * in words in the opening ("hari Rabu tanggal tujuh belas bulan Maret tahun dua ribu dua puluh satu").
 * Dates are calendar days (YYYY-MM-DD) read at UTC midnight, so no time zone can shift them.
 */
import { terbilang } from '#shared/berita-acara/terbilang.ts';

const LOCALE = 'id-ID';
const weekday = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

interface Parts {
  year: number;
  month: number;
  day: number;
  at: Date;
}

/** Whether a YYYY-MM-DD string names a day that exists (2021-02-31 does not). */
export function isCalendarDate(iso: string): boolean {
  return readDate(iso) !== null;
}

/** "17 Maret 2021". */
export function longDate(iso: string): string {
  const d = parts(iso);
  return `${d.day} ${month.format(d.at)} ${d.year}`;
}

/** "Rabu". */
export function weekdayName(iso: string): string {
  return weekday.format(parts(iso).at);
}

/** The month in Roman numerals, as letter numbers use it: 2021-03-17 → "III". */
export function romanMonth(iso: string): string {
  return ROMAN[parts(iso).month - 1] ?? '';
}

export interface DateInWords {
  weekday: string;
  /** The day of the month in words: "tujuh belas". */
  day: string;
  month: string;
  /** "dua ribu dua puluh satu". */
  year: string;
  /** "17-03-2021", the figure that follows the words in brackets. */
  figures: string;
}

export function dateInWords(iso: string): DateInWords {
  const d = parts(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    weekday: weekday.format(d.at),
    day: terbilang(d.day),
    month: month.format(d.at),
    year: terbilang(d.year),
    figures: `${pad(d.day)}-${pad(d.month)}-${d.year}`,
  };
}

/**
 * The event's days in one phrase: "16 dan 17 Maret 2021", "30 Maret dan 1 April 2021",
 * "31 Desember 2021 dan 1 Januari 2022"; the month and year are written once where they are shared.
 */
export function daysPhrase(days: readonly string[]): string {
  const sorted = [...days].sort().map(parts);
  const last = sorted.at(-1);
  if (!last) return '';
  const sameYear = sorted.every((d) => d.year === last.year);
  const sameMonth = sameYear && sorted.every((d) => d.month === last.month);
  const shown = sorted.map((d, i) => {
    if (i === sorted.length - 1 || (!sameYear && !sameMonth)) return longDate(isoOf(d));
    if (sameMonth) return String(d.day);
    return `${d.day} ${month.format(d.at)}`;
  });
  return listPhrase(shown);
}

/** "a", "a dan b", "a, b dan c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;
}

function parts(iso: string): Parts {
  const d = readDate(iso);
  if (!d) throw new RangeError(`tanggal tidak sah: ${iso}`);
  return d;
}

function readDate(iso: string): Parts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, m, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, m - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== day) return null;
  return { year, month: m, day, at };
}

function isoOf(d: Parts): string {
  return d.at.toISOString().slice(0, 10);
}

const ZONE_LABEL: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** An instant in the event's zone: "17 Maret 2021 pukul 10.42 WIB" (PUEBI: a full stop in the time). */
export function momentText(timestamp: string, timeZone: string): string {
  const at = new Date(timestamp);
  const day = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const time = new Intl.DateTimeFormat(LOCALE, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  });
  const clock = time
    .formatToParts(at)
    .filter((p) => p.type === 'hour' || p.type === 'minute')
    .map((p) => p.value)
    .join('.');
  return `${day.format(at)} pukul ${clock} ${ZONE_LABEL[timeZone] ?? timeZone}`;
}
