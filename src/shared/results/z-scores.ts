/**
 * Per-juror standardisation, shown beside the raw ranking so a harsh or lenient juror is visible.
 * Each juror's counted totals are standardised over the teams that juror scored: z = (T − μ) / σ with
 * the population σ. With d = n·T − Σ (an exact integer), z = d / √(Σd² / n), Σd² summed in team
 * order: adding a constant to all of one juror's totals leaves every d exactly as it was, so every z is
 * bit for bit the same. A juror whose counted totals are all equal (or who scored one team) gets z = 0.
 * Floats enter only at the square root; team means of z are rounded to 9 decimals (Z_DECIMALS) before
 * they are compared, so float residue does not order two teams.
 */
import { jurorIdOrder } from '#shared/results/team-stats.ts';
import { cellOf, isCounted, type TotalsTable } from '#shared/results/totals-table.ts';

const Z_DECIMALS = 1e9;

export interface JurorSpread {
  counted: number;
  sumUnits: number;
  /** Population standard deviation of the juror's counted totals, in units. */
  sdUnits: number;
}

export interface Standardised {
  /** z[t][j], null where the sheet does not count. */
  z: (number | null)[][];
  /** Per team: the mean z over its counted sheets, rounded to 9 decimals; null with none. */
  teamMeans: (number | null)[];
  jurors: JurorSpread[];
}

export function standardise(table: TotalsTable): Standardised {
  const z = table.teamIds.map(() => table.jurorIds.map((): number | null => null));
  const jurors = table.jurorIds.map((_, j) => standardiseJuror(table, j, z));
  // Summed in juror-id order, so the package's order of jurors cannot change a mean.
  const order = jurorIdOrder(table);
  const teamMeans = z.map((row) => {
    let sum = 0;
    let count = 0;
    for (const j of order) {
      const value = row[j];
      if (value === null || value === undefined) continue;
      sum += value;
      count++;
    }
    return count ? Math.round((sum / count) * Z_DECIMALS) / Z_DECIMALS : null;
  });
  return { z, teamMeans, jurors };
}

function standardiseJuror(table: TotalsTable, j: number, z: (number | null)[][]): JurorSpread {
  const teams = table.teamIds.length;
  let n = 0;
  let sumUnits = 0;
  for (let t = 0; t < teams; t++) {
    const cell = cellOf(table, t, j);
    if (!isCounted(table, cell)) continue;
    n++;
    sumUnits += table.units[cell] ?? 0;
  }
  let squares = 0;
  for (let t = 0; t < teams; t++) {
    const cell = cellOf(table, t, j);
    if (isCounted(table, cell)) squares += (n * (table.units[cell] ?? 0) - sumUnits) ** 2;
  }
  const spread = Math.sqrt(squares / n);
  for (let t = 0; t < teams; t++) {
    const cell = cellOf(table, t, j);
    const row = z[t];
    if (row && isCounted(table, cell))
      row[j] = squares === 0 ? 0 : (n * (table.units[cell] ?? 0) - sumUnits) / spread;
  }
  return { counted: n, sumUnits, sdUnits: n ? spread / n : 0 };
}
