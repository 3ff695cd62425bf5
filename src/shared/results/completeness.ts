/**
 * When the ranking may be called final. Every team × juror sheet is required unless the juror declared
 * a conflict of interest for that team; the results are sementara (provisional) while any required
 * sheet is missing or still a draft, and say which.
 */
import type { TotalsTable } from '#shared/results/totals-table.ts';

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

/** Required sheets that are not final, team by team in event order, jurors in event order. */
export function missingSheets(table: TotalsTable): MissingSheet[] {
  const missing: MissingSheet[] = [];
  table.entries.forEach((row, t) => {
    row.forEach((entry, j) => {
      if (entry.status !== 'none' && entry.status !== 'draft') return;
      missing.push({
        teamId: table.teamIds[t] ?? '',
        jurorId: table.jurorIds[j] ?? '',
        status: entry.status,
      });
    });
  });
  return missing;
}

/** Final sheets with empty criteria: they count (each empty criterion as its minimum), and are listed. */
export function incompleteFinals(table: TotalsTable, criterionIds: readonly string[]): IncompleteFinal[] {
  const found: IncompleteFinal[] = [];
  table.entries.forEach((row, t) => {
    row.forEach((entry, j) => {
      if (entry.status !== 'final' || !entry.steps.includes(null)) return;
      const empty = criterionIds.filter((_, c) => entry.steps[c] === null);
      if (empty.length)
        found.push({ teamId: table.teamIds[t] ?? '', jurorId: table.jurorIds[j] ?? '', criterionIds: empty });
    });
  });
  return found;
}
