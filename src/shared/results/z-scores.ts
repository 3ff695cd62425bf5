/**
 * Per-juror standardisation, shown beside the raw ranking so a harsh or lenient juror is visible.
 * Each juror's counted totals are standardised over the teams that juror scored: z = (T − μ) / σ with
 * the population σ. With d = n·T − Σ (an exact integer), z = d / √(Σd² / n), and Σd² is summed as a
 * BigInt, so adding a constant to all of one juror's totals leaves every d — and so every z — bit for
 * bit the same. A juror whose counted totals are all equal (or who scored one team) gets z = 0.
 * Floats enter only at the square root; team means of z are rounded to 9 decimals (Z_DECIMALS) before
 * they are compared, so float residue does not order two teams.
 */
import { isCounted, type TotalsTable } from '#shared/results/totals-table.ts';

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
  const order = table.jurorIds.map((id, j) => [id, j] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const teamMeans = z.map((row) => {
    const values = order.map(([, j]) => row[j]).filter((value): value is number => value !== null);
    if (!values.length) return null;
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return Math.round(mean * Z_DECIMALS) / Z_DECIMALS;
  });
  return { z, teamMeans, jurors };
}

function standardiseJuror(table: TotalsTable, j: number, z: (number | null)[][]): JurorSpread {
  const counted: [number, number][] = [];
  table.entries.forEach((row, t) => {
    const entry = row[j];
    if (entry && isCounted(entry)) counted.push([t, entry.units]);
  });
  const n = counted.length;
  const sumUnits = counted.reduce((sum, [, units]) => sum + units, 0);
  const squares = counted.reduce((sum, [, units]) => sum + BigInt(n * units - sumUnits) ** 2n, 0n);
  const spread = Math.sqrt(Number(squares) / n);
  for (const [t, units] of counted) {
    const row = z[t];
    if (row) row[j] = squares === 0n ? 0 : (n * units - sumUnits) / spread;
  }
  return { counted: n, sumUnits, sdUnits: n ? spread / n : 0 };
}
