/**
 * The results' input reduced to integers: for every team × juror of the event, the sheet's status, its
 * exact total in units and its step per criterion. Everything after this works on the table, so the
 * properties (order of jurors, a juror's constant offset) can be checked on the table itself.
 */
import type { EventPackage } from '#shared/event.ts';
import { sheetTotal, type TotalPlan } from '#shared/results/total-plan.ts';
import type { ScoreSheet, TeamStatus } from '#shared/sheet.ts';

export interface TableEntry {
  status: TeamStatus;
  /** Exact total in units (0 without a sheet). */
  units: number;
  /** Step per criterion in rubric order; null where empty. */
  steps: readonly (number | null)[];
}

export interface TotalsTable {
  teamIds: readonly string[];
  jurorIds: readonly string[];
  /** entries[t][j]: team teamIds[t], juror jurorIds[j]. */
  entries: readonly (readonly TableEntry[])[];
}

/** A sheet the rubric or the event cannot account for: the ranking is not computed over it. */
export interface TableProblem {
  teamId: string;
  jurorId: string;
  message: string;
}

export type BuiltTable = { ok: true; table: TotalsTable } | { ok: false; problem: TableProblem };

export function buildTable(pkg: EventPackage, plan: TotalPlan, sheets: readonly ScoreSheet[]): BuiltTable {
  const teamIds = pkg.teams.map((t) => t.id);
  const jurorIds = pkg.jurors.map((j) => j.id);
  const teamIndex = new Map(teamIds.map((id, i) => [id, i]));
  const jurorIndex = new Map(jurorIds.map((id, i) => [id, i]));
  const none: TableEntry = { status: 'none', units: 0, steps: plan.criteria.map(() => null) };
  const entries = teamIds.map(() => jurorIds.map(() => none));

  for (const sheet of sheets) {
    const t = teamIndex.get(sheet.teamId);
    const j = jurorIndex.get(sheet.jurorId);
    if (sheet.eventId !== pkg.event.id) return refuse(sheet, `lembar milik acara lain (${sheet.eventId})`);
    if (t === undefined) return refuse(sheet, `peserta "${sheet.teamId}" tidak ada di acara ini`);
    if (j === undefined) return refuse(sheet, `juri "${sheet.jurorId}" tidak ada di acara ini`);
    const row = entries[t];
    if (!row || row[j] !== none) return refuse(sheet, 'lembar yang sama muncul dua kali');
    const total = sheetTotal(plan, sheet.scores);
    if (total.unknown.length)
      return refuse(sheet, `nilai untuk kriteria di luar rubrik: ${total.unknown.join(', ')}`);
    if (total.offScale.length)
      return refuse(sheet, `nilai di luar skala kriteria: ${total.offScale.join(', ')}`);
    row[j] = { status: sheet.status, units: total.units, steps: total.steps };
  }
  return { ok: true, table: { teamIds, jurorIds, entries } };
}

function refuse({ teamId, jurorId }: ScoreSheet, message: string): BuiltTable {
  return { ok: false, problem: { teamId, jurorId, message } };
}

/** Whether an entry counts towards its team: a final sheet (a conflict of interest never counts). */
export const isCounted = (entry: TableEntry): boolean => entry.status === 'final';
