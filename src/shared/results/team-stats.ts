/**
 * What a team's counted sheets say: how many, their exact sum, spread and disagreement, the conflicts
 * declared, and each criterion's summed steps (for the tie-break means). Counted = final sheets; a
 * juror with a conflict of interest never counts for that team.
 */
import { cellOf, isCounted, type TotalsTable } from '#shared/results/totals-table.ts';

/** Juror indices in juror-id order: sums of floats over jurors run in this order. */
export function jurorIdOrder(table: TotalsTable): number[] {
  return table.jurorIds
    .map((id, j) => [id, j] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, j]) => j);
}

export interface TeamStats {
  counted: number;
  sumUnits: number;
  conflicts: number;
  minUnits: number;
  maxUnits: number;
  /** Population standard deviation of the counted totals, in units (for display only). */
  sdUnits: number;
  /** Σ step over the counted sheets, per criterion; an empty criterion adds 0 (its minimum). */
  stepSums: number[];
  disagreement: boolean;
}

/**
 * Disagreement rule: at least two counted sheets whose highest and lowest totals are more than
 * `disagreementPoints` apart (20 points by default), compared exactly in units.
 */
export function teamStats(
  table: TotalsTable,
  t: number,
  disagreementUnits: number,
  jurorOrder: readonly number[],
): TeamStats {
  // Plain loops over the flat table: this runs for every team of a national event.
  const { criteria, steps, units } = table;
  const stepSums: number[] = new Array(criteria).fill(0);
  let n = 0;
  let sumUnits = 0;
  let conflicts = 0;
  let minUnits = Number.POSITIVE_INFINITY;
  let maxUnits = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < table.jurorIds.length; j++) {
    const cell = cellOf(table, t, j);
    if (table.status[cell] === 'coi') conflicts++;
    if (!isCounted(table, cell)) continue;
    const total = units[cell] ?? 0;
    n++;
    sumUnits += total;
    minUnits = Math.min(minUnits, total);
    maxUnits = Math.max(maxUnits, total);
    for (let k = 0; k < criteria; k++)
      stepSums[k] = (stepSums[k] ?? 0) + Math.max(steps[cell * criteria + k] ?? 0, 0);
  }
  // d = n·T − Σ is an exact integer; σ² = Σd² / n³, Σd² summed in juror-id order (jurorOrder), so
  // the package's order of jurors cannot change it by float rounding.
  let squares = 0;
  for (const j of jurorOrder) {
    const cell = cellOf(table, t, j);
    if (isCounted(table, cell)) squares += (n * (units[cell] ?? 0) - sumUnits) ** 2;
  }
  return {
    counted: n,
    sumUnits,
    conflicts,
    minUnits: n ? minUnits : 0,
    maxUnits: n ? maxUnits : 0,
    sdUnits: n ? Math.sqrt(squares / n ** 3) : 0,
    stepSums,
    disagreement: n >= 2 && maxUnits - minUnits > disagreementUnits,
  };
}
