/**
 * A large scale (0–100 is 101 values) cannot be a row of 48 px buttons, so the compact picker splits
 * it into ranges of ten values ("80–89"), then the value within the range: two rows of at most 11
 * targets. Scales too long even for that use ranges of about √n values. Pure.
 */

/** Scales with more values than this get the compact picker. */
export const MAX_BUTTONS_IN_A_ROW = 11;

export function groupScaleValues(values: readonly number[]): number[][] {
  const size = values.length <= MAX_BUTTONS_IN_A_ROW * 10 ? 10 : Math.ceil(Math.sqrt(values.length));
  const groups: number[][] = [];
  for (let i = 0; i < values.length; i += size) groups.push(values.slice(i, i + size));
  return groups;
}
