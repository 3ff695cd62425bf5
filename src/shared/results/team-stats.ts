/**
 * What a team's counted sheets say: how many, their exact sum, spread and disagreement, the conflicts
 * declared, and each criterion's summed steps (for the tie-break means). Counted = final sheets; a
 * juror with a conflict of interest never counts for that team.
 */
import { isCounted, type TotalsTable } from '#shared/results/totals-table.ts';

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
export function teamStats(table: TotalsTable, t: number, disagreementUnits: number): TeamStats {
  const row = table.entries[t] ?? [];
  const counted = row.filter(isCounted);
  // Sorted, so the float sums below do not depend on the order of the jurors.
  const units = counted.map((e) => e.units).sort((a, b) => a - b);
  const sumUnits = units.reduce((sum, u) => sum + u, 0);
  const minUnits = units.length ? Math.min(...units) : 0;
  const maxUnits = units.length ? Math.max(...units) : 0;
  const n = units.length;
  // d = n·T − Σ is an exact integer; σ² = Σd² / n³.
  const squares = units.reduce((sum, u) => sum + (n * u - sumUnits) ** 2, 0);
  const criteria = row[0]?.steps.length ?? 0;
  const stepSums = Array.from({ length: criteria }, (_, c) =>
    counted.reduce((sum, e) => sum + (e.steps[c] ?? 0), 0),
  );
  return {
    counted: n,
    sumUnits,
    conflicts: row.filter((e) => e.status === 'coi').length,
    minUnits,
    maxUnits,
    sdUnits: n ? Math.sqrt(squares / n ** 3) : 0,
    stepSums,
    disagreement: n >= 2 && maxUnits - minUnits > disagreementUnits,
  };
}
