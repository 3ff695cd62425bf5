/** Numbers in Indonesian words, checked against how they are read aloud (KBBI spelling). */
import { describe, expect, it } from 'vitest';
import { terbilang, terbilangHundredths } from '#shared/berita-acara/terbilang.ts';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [17, 'tujuh belas'],
    [20, 'dua puluh'],
    [31, 'tiga puluh satu'],
    [46, 'empat puluh enam'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2021, 'dua ribu dua puluh satu'],
    [2100, 'dua ribu seratus'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [1000000, 'satu juta'],
    [1001000, 'satu juta seribu'],
    [2000000000, 'dua miliar'],
    [3000000000000, 'tiga triliun'],
  ])('%i → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it.each([-1, 1.5, Number.NaN, 1e15])('refuses %s', (n) => {
    expect(() => terbilang(n)).toThrow(RangeError);
  });
});

describe('terbilangHundredths: a two-decimal figure as read aloud', () => {
  it.each([
    // 85,40 is read "delapan puluh lima koma empat puluh" (the decimals as one number).
    [8540, 'delapan puluh lima koma empat puluh'],
    // A leading zero is read: 85,05 → "koma nol lima".
    [8505, 'delapan puluh lima koma nol lima'],
    [8500, 'delapan puluh lima koma nol nol'],
    [10000, 'seratus koma nol nol'],
    [1, 'nol koma nol satu'],
    [8911, 'delapan puluh sembilan koma sebelas'],
  ])('%i hundredths → %s', (h, words) => {
    expect(terbilangHundredths(h)).toBe(words);
  });
});
