/**
 * Numbers written out in Indonesian words (terbilang), as the berita acara spells its date, year,
 * counts and the winners' means. Written here rather than taken from npm: the two registry packages
 * (@develoka/angka-terbilang-js 1.4.2, terbilang-ts 2.1.0) have no decimals, one spells "milyar"
 * (KBBI: miliar) and the other capitalises every word, and src/shared may import only valibot.
 */

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun'];
const LIMIT = 1e15;

/** A whole number from 0 to 999 triliun in words: 2021 → "dua ribu dua puluh satu". */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= LIMIT)
    throw new RangeError(`terbilang: ${n} bukan bilangan bulat 0–${LIMIT - 1}`);
  if (n === 0) return ONES[0] ?? 'nol';
  const words: string[] = [];
  let rest = n;
  for (let scale = 0; rest > 0; scale++) {
    const group = rest % 1000;
    rest = Math.floor(rest / 1000);
    if (group === 0) continue;
    // "seribu", never "satu ribu"; but "satu juta", "satu miliar".
    const said = scale === 1 && group === 1 ? 'seribu' : joined(below1000(group), SCALES[scale] ?? '');
    words.unshift(said);
  }
  return words.join(' ');
}

/**
 * A number shown with two decimals, given in hundredths, in words as it is read aloud:
 * 8540 → "delapan puluh lima koma empat puluh", 8505 → "delapan puluh lima koma nol lima".
 */
export function terbilangHundredths(hundredths: number): string {
  if (!Number.isInteger(hundredths) || hundredths < 0)
    throw new RangeError(`terbilangHundredths: ${hundredths} bukan bilangan bulat ≥ 0`);
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  const after = fraction < 10 ? `nol ${ONES[fraction]}` : below100(fraction);
  return `${terbilang(whole)} koma ${after}`;
}

function below1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? '' : hundreds === 1 ? 'seratus' : `${ONES[hundreds]} ratus`;
  return joined(head, rest === 0 ? '' : below100(rest));
}

function below100(n: number): string {
  if (n < 10) return ONES[n] ?? '';
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${ONES[n - 10]} belas`;
  const unit = n % 10;
  return joined(`${ONES[Math.floor(n / 10)]} puluh`, unit === 0 ? '' : (ONES[unit] ?? ''));
}

const joined = (a: string, b: string): string => (a && b ? `${a} ${b}` : a || b);
