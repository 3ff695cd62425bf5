/**
 * Means are compared as fractions of integers (sum / count), never as divided floats: two means that
 * are equal compare equal, so ties are found exactly and broken only by the declared rules.
 */

/** The sign of a/b − c/d, exactly, for integers with b, d > 0. */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  const left = a * d;
  const right = c * b;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return Math.sign(left - right);
  const exactLeft = BigInt(a) * BigInt(d);
  const exactRight = BigInt(c) * BigInt(b);
  return exactLeft === exactRight ? 0 : exactLeft > exactRight ? 1 : -1;
}
