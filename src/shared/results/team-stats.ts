/**
 * What a team's counted sheets say: how many, their exact sum, spread and disagreement, the conflicts
 * declared, and each criterion's summed steps (for the tie-break means). Counted = final sheets; a
 * juror with a conflict of interest never counts for that team.
 */
import { isCounted, type TotalsTable } from '#shared/results/totals-table.ts';

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
  // Plain loops: this runs for every team of a national event (see scripts/bench/results).
  const row = table.entries[t] ?? [];
  const stepSums: number[] = new Array(row[0]?.steps.length ?? 0).fill(0);
  let n = 0;
  let sumUnits = 0;
  let conflicts = 0;
  let minUnits = Number.POSITIVE_INFINITY;
  let maxUnits = Number.NEGATIVE_INFINITY;
  for (const entry of row) {
    if (entry.status === 'coi') conflicts++;
    if (!isCounted(entry)) continue;
    n++;
    sumUnits += entry.units;
    minUnits = Math.min(minUnits, entry.units);
    maxUnits = Math.max(maxUnits, entry.units);
    for (let c = 0; c < stepSums.length; c++) stepSums[c] = (stepSums[c] ?? 0) + (entry.steps[c] ?? 0);
  }
  // d = n·T − Σ is an exact integer; σ² = Σd² / n³, Σd² summed in juror-id order (jurorOrder), so
  // the package's order of jurors cannot change it by float rounding.
  let squares = 0;
  for (const j of jurorOrder) {
    const entry = row[j];
    if (entry && isCounted(entry)) squares += (n * entry.units - sumUnits) ** 2;
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
