/**
 * NIP, the civil servant's 18-digit number: birth date (8), appointment year and month (6), sex (1)
 * and serial (3), printed grouped "NIP 19700101 199503 1 001". Validated part by part so a typing
 * slip is named where it is; spaces typed between the groups are accepted and dropped.
 */
import * as v from 'valibot';
import { isCalendarDate } from '#shared/berita-acara/dates.ts';

export const NipSchema = v.pipe(
  v.string(),
  v.transform((s) => s.replace(/[\s.]/g, '')),
  v.regex(/^\d{18}$/, 'NIP harus 18 angka'),
  v.check(
    (nip) => isCalendarDate(`${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`),
    'delapan angka pertama NIP harus tanggal lahir (TTTTBBHH)',
  ),
  v.check(
    (nip) => /^(0[1-9]|1[0-2])$/.test(nip.slice(12, 14)),
    'angka ke-13 dan ke-14 NIP harus bulan 01–12',
  ),
  v.check((nip) => nip[14] === '1' || nip[14] === '2', 'angka ke-15 NIP harus 1 atau 2'),
);

/** "197001011995031001" → "19700101 199503 1 001". */
export function groupNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
