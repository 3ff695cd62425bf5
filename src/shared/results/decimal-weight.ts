/**
 * Weights are relative decimals ("14", "0.3", "1e-7"); the exact totals need them as integers in the
 * same ratio. A weight is taken as the decimal it is written as in the package (JavaScript's shortest
 * round-trip text of the number), not as its binary double, so weights 0.1 and 0.3 are exactly 1 : 3.
 */

/** `digits × 10^exponent`, exactly. */
interface Decimal {
  digits: bigint;
  exponent: number;
}

const DECIMAL_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

function decimalOf(weight: number): Decimal {
  const match = DECIMAL_TEXT.exec(String(weight));
  if (!match || !(weight > 0)) throw new RangeError(`weight must be a positive finite number, got ${weight}`);
  const [, whole = '', fraction = '', exponent = '0'] = match;
  return { digits: BigInt(whole + fraction), exponent: Number(exponent) - fraction.length };
}

/** Positive integers in exactly the ratio of `weights`, divided by their greatest common divisor. */
export function integerWeights(weights: readonly number[]): bigint[] {
  const decimals = weights.map(decimalOf);
  const lowest = Math.min(...decimals.map((d) => d.exponent));
  const integers = decimals.map((d) => d.digits * 10n ** BigInt(d.exponent - lowest));
  const divisor = integers.reduce(gcd, 0n);
  return integers.map((w) => w / divisor);
}

export function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
