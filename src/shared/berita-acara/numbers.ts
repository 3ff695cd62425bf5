/**
 * Numbers as the berita acara prints them: a decimal comma and a full stop between thousands
 * (CLDR id-ID through Intl), means with exactly two decimals. The two decimals are rounded here from
 * the exact fraction the ranking compares (Σ units / counted sheets), half up, in integers: the
 * printed figure never depends on floating-point error, and the method section states the rule.
 */

const LOCALE = 'id-ID';
const grouped = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const upToTwo = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const DECIMAL =
  new Intl.NumberFormat(LOCALE).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? ',';

/** A mean of `counted` sheets summing to `sumUnits`, in hundredths of a point, rounded half up. */
export function meanHundredths(sumUnits: number, counted: number, unitsPerPoint: number): number {
  if (counted <= 0) throw new RangeError('meanHundredths: tidak ada lembar yang dihitung');
  const denominator = 2n * BigInt(counted) * BigInt(unitsPerPoint);
  const numerator = 200n * BigInt(sumUnits) + BigInt(counted) * BigInt(unitsPerPoint);
  return Number(numerator / denominator);
}

/** 8540 → "85,40"; 123450 → "1.234,50". */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${grouped.format(Math.floor(abs / 100))}${DECIMAL}${fraction}`;
}

/** A plain number with up to two decimals: 0.5 → "0,5", 1000 → "1.000". */
export function formatNumber(value: number): string {
  return upToTwo.format(value);
}

/** A weight as a share of all weights: 1 of 5 → "20%", 1 of 3 → "33,33%". */
export function formatShare(weight: number, totalWeight: number): string {
  return `${upToTwo.format((weight / totalWeight) * 100)}%`;
}
