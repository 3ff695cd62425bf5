/**
 * The berita acara's Indonesian formats: dates from CLDR (id-ID) and in words, means to two decimals
 * with a decimal comma rounded from the exact fraction, NIP grouped 8-6-1-3, signers' names in capitals.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  dateInWords,
  daysPhrase,
  isCalendarDate,
  longDate,
  momentText,
  romanMonth,
  weekdayName,
} from '#shared/berita-acara/dates.ts';
import { groupNip, NipSchema } from '#shared/berita-acara/nip.ts';
import { formatHundredths, formatNumber, formatShare, meanHundredths } from '#shared/berita-acara/numbers.ts';
import { signerName } from '#shared/berita-acara/signer-name.ts';

describe('dates', () => {
  it('writes the signing date in words for the opening', () => {
    // 17 March 2021 was a Wednesday (Rabu).
    expect(dateInWords('2021-03-17')).toEqual({
      weekday: 'Rabu',
      day: 'tujuh belas',
      month: 'Maret',
      year: 'dua ribu dua puluh satu',
      figures: '17-03-2021',
    });
    expect(dateInWords('2021-11-01')).toMatchObject({ weekday: 'Senin', day: 'satu', month: 'November' });
  });

  it('uses CLDR month names (November, not Nopember) and no zone shifts the day', () => {
    expect(longDate('2021-03-16')).toBe('16 Maret 2021');
    expect(longDate('2021-11-30')).toBe('30 November 2021');
    expect(weekdayName('2021-03-16')).toBe('Selasa');
  });

  it.each([
    [['2021-03-16', '2021-03-17'], '16 dan 17 Maret 2021'],
    [['2021-03-17'], '17 Maret 2021'],
    [['2021-03-18', '2021-03-16', '2021-03-17'], '16, 17 dan 18 Maret 2021'],
    [['2021-03-31', '2021-04-01'], '31 Maret dan 1 April 2021'],
    [['2021-12-31', '2022-01-01'], '31 Desember 2021 dan 1 Januari 2022'],
  ])('event days %j → "%s"', (days, phrase) => {
    expect(daysPhrase(days)).toBe(phrase);
  });

  it('knows which days exist and the Roman month of letter numbers', () => {
    expect(isCalendarDate('2021-02-28')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('17-03-2021')).toBe(false);
    expect(romanMonth('2021-03-17')).toBe('III');
    expect(romanMonth('2021-12-01')).toBe('XII');
  });

  it('writes an instant in the event zone with a full stop in the time (PUEBI)', () => {
    // 03:42 UTC is 10.42 WIB (UTC+7) and 11.42 WITA (UTC+8).
    expect(momentText('2021-03-17T03:42:10.000Z', 'Asia/Jakarta')).toBe('17 Maret 2021 pukul 10.42 WIB');
    expect(momentText('2021-03-17T03:42:10.000Z', 'Asia/Makassar')).toBe('17 Maret 2021 pukul 11.42 WITA');
    // 17:30 UTC on the 16th is already the 17th in Jakarta.
    expect(momentText('2021-03-16T17:30:00.000Z', 'Asia/Jakarta')).toBe('17 Maret 2021 pukul 00.30 WIB');
  });
});

describe('numbers', () => {
  const U = 1_000_000;
  it.each([
    // Three sheets 80, 85, 91.2 → 256.2 / 3 = 85.4 → "85,40".
    [256_200_000, 3, 8540],
    // 2 sheets summing 170.01 → 85.005: exactly half a hundredth, rounded up → 85,01.
    [170_010_000, 2, 8501],
    // 3 sheets summing 100 → 33.333… → 33,33; summing 200 → 66.666… → 66,67.
    [100 * U, 3, 3333],
    [200 * U, 3, 6667],
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in units it is exact: 300000 / 1 → 0,30.
    [300_000, 1, 30],
  ])('mean of Σ %i units over %i sheets → %i hundredths', (sum, counted, hundredths) => {
    expect(meanHundredths(sum, counted, U)).toBe(hundredths);
  });

  it('prints hundredths with a decimal comma and thousands full stops', () => {
    expect(formatHundredths(8540)).toBe('85,40');
    expect(formatHundredths(5)).toBe('0,05');
    expect(formatHundredths(10000)).toBe('100,00');
    expect(formatHundredths(123450)).toBe('1.234,50');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatShare(1, 5)).toBe('20%');
    expect(formatShare(1, 3)).toBe('33,33%');
    expect(formatShare(30, 100)).toBe('30%');
  });
});

describe('NIP', () => {
  it('groups the 18 digits 8-6-1-3', () => {
    expect(groupNip('197001011995031001')).toBe('19700101 199503 1 001');
  });

  it('accepts the grouped form as typed and stores the digits', () => {
    expect(v.parse(NipSchema, '19700101 199503 1 001')).toBe('197001011995031001');
  });

  it.each([
    ['1970010119950310', 'NIP harus 18 angka'],
    ['19700101199503100A', 'NIP harus 18 angka'],
    ['197013011995031001', 'delapan angka pertama NIP harus tanggal lahir (TTTTBBHH)'],
    ['197001011995131001', 'angka ke-13 dan ke-14 NIP harus bulan 01–12'],
    ['197001011995033001', 'angka ke-15 NIP harus 1 atau 2'],
  ])('refuses %s: %s', (nip, message) => {
    const result = v.safeParse(NipSchema, nip);
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe(message);
  });
});

describe('signers’ names', () => {
  it('prints names as stored unless capitals are asked for', () => {
    expect(signerName('Dr. Retno Kusumawardani, M.Si.', false)).toBe('Dr. Retno Kusumawardani, M.Si.');
  });

  it.each([
    ['Dr. Retno Kusumawardani, M.Si.', 'Dr. RETNO KUSUMAWARDANI, M.Si.'],
    ['Ir. Agus Prasetyo', 'Ir. AGUS PRASETYO'],
    ['dr. Siti Aminah, Sp.A.', 'dr. SITI AMINAH, Sp.A.'],
    ['Prof. Dr. Ir. Budi Hartono, M.T.', 'Prof. Dr. Ir. BUDI HARTONO, M.T.'],
    ['Yuliana Puspitasari', 'YULIANA PUSPITASARI'],
    ['Boedi Utomo, SE., M.Si', 'BOEDI UTOMO, SE., M.Si'],
  ])('capitals: %s → %s', (name, printed) => {
    expect(signerName(name, true)).toBe(printed);
  });
});
