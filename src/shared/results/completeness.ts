/**
 * When the ranking may be called final. Every team × juror sheet is required unless the juror declared
 * a conflict of interest for that team; the results are sementara (provisional) while any required
 * sheet is missing or still a draft, and say which.
 */
import { NO_STEP } from '#shared/results/total-plan.ts';
import { cellOf, type TotalsTable } from '#shared/results/totals-table.ts';

export interface MissingSheet {
  teamId: string;
  jurorId: string;
  status: 'none' | 'draft';
}

export interface IncompleteFinal {
  teamId: string;
  jurorId: string;
  criterionIds: string[];
}

/**
 * Required sheets that are not final, team by team in event order, jurors in event order. A withdrawn
 * team requires none; a declared conflict's cell is 'coi', so it is not required either.
 */
export function missingSheets(table: TotalsTable): MissingSheet[] {
  const missing: MissingSheet[] = [];
  table.teamIds.forEach((teamId, t) => {
    if (table.withdrawn[t] === 1) return;
    table.jurorIds.forEach((jurorId, j) => {
      const status = table.status[cellOf(table, t, j)];
      if (status === 'none' || status === 'draft') missing.push({ teamId, jurorId, status });
    });
  });
  return missing;
}

/** Final sheets with empty criteria: they count (each empty criterion as its minimum), and are listed. */
export function incompleteFinals(table: TotalsTable, criterionIds: readonly string[]): IncompleteFinal[] {
  const found: IncompleteFinal[] = [];
  table.teamIds.forEach((teamId, t) => {
    if (table.withdrawn[t] === 1) return;
    table.jurorIds.forEach((jurorId, j) => {
      const cell = cellOf(table, t, j);
      if (table.status[cell] !== 'final') return;
      const empty = criterionIds.filter((_, k) => table.steps[cell * table.criteria + k] === NO_STEP);
      if (empty.length) found.push({ teamId, jurorId, criterionIds: empty });
    });
  });
  return found;
}
