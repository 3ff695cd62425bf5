/**
 * Results of an event from its score sheets: per team each juror's total, the exact mean over the
 * counted sheets, spread and disagreement, the official ranking with the declared tie-breaks and its
 * trail, the z-score comparison, the Top N groups, and whether the ranking is still sementara.
 * Pure: the console, the server and `npm run results` all compute results with this one function.
 */
import type { EventPackage, TieBreakRule } from '#shared/event.ts';
import { incompleteFinals, missingSheets } from '#shared/results/completeness.ts';
import { rankByZ, rankTeams } from '#shared/results/ranking.ts';
import type { DrawRecord, JurorEntry, Results, TeamResult } from '#shared/results/results-schema.ts';
import { jurorIdOrder, type TeamStats, teamStats } from '#shared/results/team-stats.ts';
import { DEFAULT_TOP_GROUPS, topGroups } from '#shared/results/top-groups.ts';
import { planTotals, type TotalPlan, UNITS_PER_POINT } from '#shared/results/total-plan.ts';
import {
  buildTable,
  cellOf,
  isCounted,
  type TableProblem,
  type TotalsTable,
} from '#shared/results/totals-table.ts';
import { type Standardised, standardise } from '#shared/results/z-scores.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

/** Range of counted totals above which a team is flagged for disagreement (team-stats.ts). */
export const DEFAULT_DISAGREEMENT_POINTS = 20;

export interface ResultsOptions {
  /** Top N groups, e.g. [6, 3]; by default the event's settings (EventInfo.topGroups), else [6, 3]. */
  topGroups?: readonly number[];
  /** Draws the committee recorded for ties the other rules left, oldest first (the latest one counts). */
  draws?: readonly DrawRecord[];
  disagreementPoints?: number;
}

export type ComputedResults = { ok: true; results: Results } | { ok: false; problem: TableProblem };

export function computeResults(
  pkg: EventPackage,
  sheets: readonly ScoreSheet[],
  options: ResultsOptions = {},
): ComputedResults {
  const plan = planTotals(pkg.rubric.criteria);
  const built = buildTable(pkg, plan, sheets);
  if (!built.ok) return built;
  const topGroups = options.topGroups ?? pkg.event.topGroups ?? DEFAULT_TOP_GROUPS;
  return {
    ok: true,
    results: resultsFromTable(pkg.event.id, built.table, plan, pkg.rubric.tieBreak, {
      ...options,
      topGroups,
    }),
  };
}

/** The same, from a totals table (what the properties are checked on). */
export function resultsFromTable(
  eventId: string,
  table: TotalsTable,
  plan: TotalPlan,
  rules: readonly TieBreakRule[],
  options: ResultsOptions = {},
): Results {
  const disagreementPoints = options.disagreementPoints ?? DEFAULT_DISAGREEMENT_POINTS;
  const sizes = [...(options.topGroups ?? DEFAULT_TOP_GROUPS)];
  const order = jurorIdOrder(table);
  const stats = table.teamIds.map((_, t) => teamStats(table, t, disagreementPoints * UNITS_PER_POINT, order));
  const context = {
    teamIds: table.teamIds,
    stats,
    criteria: plan.criteria,
    draws: options.draws ?? [],
    withdrawn: table.withdrawn,
  };
  const ranking = rankTeams(rules, context);
  const standardised = standardise(table);
  const official = [...ranking.groups.flat(), ...ranking.unranked];
  const zRanks = rankByZ(official, standardised.teamMeans);

  let position = 0;
  const ranks = new Map<number, number>();
  for (const group of ranking.groups) {
    for (const t of group) ranks.set(t, position + 1);
    position += group.length;
  }
  const teams = official.map(
    (t, i): TeamResult =>
      describeTeam(table, plan, stats, standardised, t, {
        position: i + 1,
        rank: ranks.get(t) ?? null,
        zRank: zRanks.get(t) ?? null,
      }),
  );
  const groups = topGroups(
    sizes,
    teams.flatMap((team) => (team.rank === null ? [] : [{ teamId: team.teamId, rank: team.rank }])),
  );
  // In a Top N exactly when ranked N or better (top-groups.ts); a loop, not a closure per team.
  for (const team of teams) {
    const top: number[] = [];
    if (team.rank !== null) for (const size of sizes) if (team.rank <= size) top.push(size);
    team.top = top;
  }

  const missing = missingSheets(table);
  return {
    eventId,
    provisional: missing.length > 0,
    missing,
    incompleteFinal: incompleteFinals(
      table,
      plan.criteria.map((c) => c.id),
    ),
    teams,
    jurors: table.jurorIds.map((jurorId, j) => {
      const spread = standardised.jurors[j];
      const counted = spread?.counted ?? 0;
      return {
        jurorId,
        counted,
        mean: counted ? (spread?.sumUnits ?? 0) / counted / UNITS_PER_POINT : null,
        sd: counted ? (spread?.sdUnits ?? 0) / UNITS_PER_POINT : null,
      };
    }),
    tieBreaks: ranking.trail,
    unresolvedTies: ranking.groups
      .filter((g) => g.length > 1)
      .map((g) => g.map((t) => table.teamIds[t] ?? '')),
    topGroups: groups,
    method: {
      unitsPerPoint: UNITS_PER_POINT,
      disagreementPoints,
      topGroups: sizes,
      tieBreak: [...rules],
      criterionIds: plan.criteria.map((c) => c.id),
    },
  };
}

type Placing = Pick<TeamResult, 'position' | 'rank' | 'zRank'>;

// Built as one object literal (no spread), with plain loops rather than callbacks: a national event
// has thousands of these, and under tsx every closure created also gets its name defined.
function describeTeam(
  table: TotalsTable,
  plan: TotalPlan,
  stats: readonly TeamStats[],
  standardised: Standardised,
  t: number,
  placing: Placing,
): TeamResult {
  const s = stats[t];
  const counted = s?.counted ?? 0;
  const criterionMeans: (number | null)[] = [];
  for (let k = 0; k < plan.criteria.length; k++) {
    const scale = plan.criteria[k]?.scale;
    criterionMeans.push(counted && scale ? scale.min + (scale.step * (s?.stepSums[k] ?? 0)) / counted : null);
  }
  const jurors: JurorEntry[] = [];
  const zRow = standardised.z[t];
  for (let j = 0; j < table.jurorIds.length; j++) {
    const cell = cellOf(table, t, j);
    const status = table.status[cell] ?? 'none';
    jurors.push({
      jurorId: table.jurorIds[j] ?? '',
      status,
      total: status === 'none' || status === 'coi' ? null : (table.units[cell] ?? 0) / UNITS_PER_POINT,
      counted: isCounted(table, cell),
      z: zRow?.[j] ?? null,
      declaredConflict: table.declared[cell] === 1,
    });
  }
  return {
    teamId: table.teamIds[t] ?? '',
    position: placing.position,
    rank: placing.rank,
    zRank: placing.zRank,
    mean: counted ? (s?.sumUnits ?? 0) / counted / UNITS_PER_POINT : null,
    sumUnits: s?.sumUnits ?? 0,
    counted,
    conflicts: s?.conflicts ?? 0,
    sd: counted ? (s?.sdUnits ?? 0) / UNITS_PER_POINT : null,
    range: counted ? ((s?.maxUnits ?? 0) - (s?.minUnits ?? 0)) / UNITS_PER_POINT : null,
    disagreement: s?.disagreement ?? false,
    zMean: standardised.teamMeans[t] ?? null,
    criterionMeans,
    jurors,
    top: [],
    withdrawn: table.withdrawn[t] === 1,
  };
}
