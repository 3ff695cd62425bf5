/**
 * The results' input reduced to integers: for every team × juror of the event (a cell), the sheet's
 * status, its exact total in units and its step per criterion. Stored in flat arrays, not an object per
 * cell: a national event has 15,000 cells and everything after this reads them several times. The
 * properties (order of jurors, a juror's constant offset) are checked on tables built from entries.
 */
import type { EventPackage } from '#shared/event.ts';
import { NO_STEP, sheetTotal, type TotalPlan, writeSteps } from '#shared/results/total-plan.ts';
import type { ScoreSheet, TeamStatus } from '#shared/sheet.ts';

export interface TotalsTable {
  teamIds: readonly string[];
  jurorIds: readonly string[];
  criteria: number;
  /** Per cell (cellOf): the sheet's status, 'none' without a sheet. */
  status: TeamStatus[];
  /** Per cell: the exact total in units (0 without a sheet). */
  units: Float64Array;
  /** Per cell and criterion, at cell × criteria + k: the step, or NO_STEP where empty. */
  steps: Int32Array;
  /** Per cell: 1 where the organizer declared the juror's conflict with the team (status is then 'coi'). */
  declared: Uint8Array;
  /** Per team: 1 when withdrawn (never counted, ranked or required). */
  withdrawn: Uint8Array;
}

/** The cell of team t and juror j. */
export const cellOf = (table: TotalsTable, t: number, j: number): number => t * table.jurorIds.length + j;

/**
 * Whether a cell counts towards its team: a final sheet of a team still in the competition (a conflict
 * of interest, declared on the tablet or by the organizer, never counts).
 */
export const isCounted = (table: TotalsTable, cell: number): boolean =>
  table.status[cell] === 'final' && table.withdrawn[Math.floor(cell / table.jurorIds.length)] !== 1;

export function emptyTable(
  teamIds: readonly string[],
  jurorIds: readonly string[],
  criteria: number,
): TotalsTable {
  const cells = teamIds.length * jurorIds.length;
  return {
    teamIds,
    jurorIds,
    criteria,
    status: new Array<TeamStatus>(cells).fill('none'),
    units: new Float64Array(cells),
    steps: new Int32Array(cells * criteria).fill(NO_STEP),
    declared: new Uint8Array(cells),
    withdrawn: new Uint8Array(teamIds.length),
  };
}

/** One cell spelled out: how tests and examples describe a table. */
export interface TableEntry {
  status: TeamStatus;
  units: number;
  /** Step per criterion in rubric order; null where empty. */
  steps: readonly (number | null)[];
  /** Declared by the organizer in advance (the status is then 'coi' whatever the sheet said). */
  declared?: boolean;
}

/** A table from entries[t][j]. */
export function tableOf(
  teamIds: readonly string[],
  jurorIds: readonly string[],
  criteria: number,
  entries: readonly (readonly TableEntry[])[],
): TotalsTable {
  const table = emptyTable(teamIds, jurorIds, criteria);
  entries.forEach((row, t) => {
    row.forEach((entry, j) => {
      const cell = cellOf(table, t, j);
      table.status[cell] = entry.declared ? 'coi' : entry.status;
      table.declared[cell] = entry.declared ? 1 : 0;
      table.units[cell] = entry.units;
      for (let k = 0; k < criteria; k++) table.steps[cell * criteria + k] = entry.steps[k] ?? NO_STEP;
    });
  });
  return table;
}

/** A sheet the rubric or the event cannot account for: the ranking is not computed over it. */
export interface TableProblem {
  teamId: string;
  jurorId: string;
  message: string;
}

export type BuiltTable = { ok: true; table: TotalsTable } | { ok: false; problem: TableProblem };

export function buildTable(pkg: EventPackage, plan: TotalPlan, sheets: readonly ScoreSheet[]): BuiltTable {
  const teamIndex = new Map(pkg.teams.map((team, i) => [team.id, i]));
  const jurorIndex = new Map(pkg.jurors.map((juror, i) => [juror.id, i]));
  const table = emptyTable(
    pkg.teams.map((team) => team.id),
    pkg.jurors.map((juror) => juror.id),
    plan.criteria.length,
  );
  for (const sheet of sheets) {
    const t = teamIndex.get(sheet.teamId);
    const j = jurorIndex.get(sheet.jurorId);
    if (sheet.eventId !== pkg.event.id) return refuse(sheet, `lembar milik acara lain (${sheet.eventId})`);
    if (t === undefined) return refuse(sheet, `peserta "${sheet.teamId}" tidak ada di acara ini`);
    if (j === undefined) return refuse(sheet, `juri "${sheet.jurorId}" tidak ada di acara ini`);
    const cell = cellOf(table, t, j);
    if (table.status[cell] !== 'none') return refuse(sheet, 'lembar yang sama muncul dua kali');
    const units = writeSteps(plan, sheet.scores, table.steps, cell * table.criteria);
    if (units === null) return refuse(sheet, describeMisfit(plan, sheet));
    table.status[cell] = sheet.status;
    table.units[cell] = units;
  }
  pkg.teams.forEach((team, t) => {
    if (team.withdrawn) table.withdrawn[t] = 1;
  });
  // A conflict the organizer declared overrides whatever the juror's sheet says: that juror never
  // counts for that team, and their sheet is not required.
  for (const conflict of pkg.conflicts ?? []) {
    const t = teamIndex.get(conflict.teamId);
    const j = jurorIndex.get(conflict.jurorId);
    if (t === undefined || j === undefined) continue;
    const cell = cellOf(table, t, j);
    table.status[cell] = 'coi';
    table.declared[cell] = 1;
  }
  return { ok: true, table };
}

function describeMisfit(plan: TotalPlan, sheet: ScoreSheet): string {
  const { unknown, offScale } = sheetTotal(plan, sheet.scores);
  return unknown.length
    ? `nilai untuk kriteria di luar rubrik: ${unknown.join(', ')}`
    : `nilai di luar skala kriteria: ${offScale.join(', ')}`;
}

function refuse({ teamId, jurorId }: ScoreSheet, message: string): BuiltTable {
  return { ok: false, problem: { teamId, jurorId, message } };
}
