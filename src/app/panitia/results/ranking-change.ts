/**
 * What changed between two results snapshots the page polled, and why: which teams moved, and the
 * causes found in the data — a sheet finalised, edited (with its reason), declared a conflict, a
 * committee draw, a new package version (rubric, conflicts, teams, Top N). The page announces a
 * change only when the ranking a reader sees changed; the causes say why, so it never moves silently.
 */
import type { DrawRecord, EventResultsResponse, JurorEntry } from '#shared/results/results-schema.ts';

export interface RankMove {
  teamId: string;
  from: number | null;
  to: number | null;
}

export type ChangeCause =
  | {
      kind: 'sheet';
      teamId: string;
      jurorId: string;
      from: Pick<JurorEntry, 'status' | 'total' | 'counted'>;
      to: Pick<JurorEntry, 'status' | 'total' | 'counted'>;
      /** The reason of the latest reasoned change to that sheet since the last snapshot. */
      reason: string | null;
    }
  | { kind: 'draw'; draw: DrawRecord }
  | { kind: 'package'; from: number; to: number };

export interface RankingChange {
  moves: RankMove[];
  /** The sementara flag, when it flipped. */
  provisional: { from: boolean; to: boolean } | null;
  causes: ChangeCause[];
}

/** The change a reader would see (ranks, order, Top N, sementara), with its causes; null when none. */
export function rankingChange(
  before: EventResultsResponse,
  after: EventResultsResponse,
): RankingChange | null {
  const was = new Map(before.results.teams.map((t) => [t.teamId, t]));
  const moves: RankMove[] = [];
  for (const team of after.results.teams) {
    const old = was.get(team.teamId);
    if (!old || old.rank !== team.rank || old.position !== team.position)
      moves.push({ teamId: team.teamId, from: old?.rank ?? null, to: team.rank });
  }
  const flipped = before.results.provisional !== after.results.provisional;
  const topMoved = JSON.stringify(before.results.topGroups) !== JSON.stringify(after.results.topGroups);
  const tiesMoved =
    JSON.stringify(before.results.unresolvedTies) !== JSON.stringify(after.results.unresolvedTies);
  if (moves.length === 0 && !flipped && !topMoved && !tiesMoved) return null;
  return {
    moves: moves.filter((m) => m.from !== m.to),
    provisional: flipped ? { from: before.results.provisional, to: after.results.provisional } : null,
    causes: causesOf(before, after),
  };
}

function causesOf(before: EventResultsResponse, after: EventResultsResponse): ChangeCause[] {
  const causes: ChangeCause[] = [];
  if (before.packageVersion !== after.packageVersion)
    causes.push({ kind: 'package', from: before.packageVersion, to: after.packageVersion });
  for (const draw of after.draws.slice(before.draws.length)) causes.push({ kind: 'draw', draw });
  const entries = new Map<string, JurorEntry>();
  for (const t of before.results.teams) for (const j of t.jurors) entries.set(`${j.jurorId}/${t.teamId}`, j);
  const auditBefore = new Map<string, number>();
  for (const s of before.detail?.sheets ?? []) auditBefore.set(`${s.jurorId}/${s.teamId}`, s.audit.length);
  for (const team of after.results.teams) {
    for (const entry of team.jurors) {
      const key = `${entry.jurorId}/${team.teamId}`;
      const old = entries.get(key);
      if (!old || (old.status === entry.status && old.total === entry.total && old.counted === entry.counted))
        continue;
      // Only what can move a rank: a sheet that counts, or used to.
      if (!old.counted && !entry.counted) continue;
      const sheet = after.detail?.sheets.find((s) => s.jurorId === entry.jurorId && s.teamId === team.teamId);
      const added = sheet?.audit.slice(auditBefore.get(key) ?? 0) ?? [];
      causes.push({
        kind: 'sheet',
        teamId: team.teamId,
        jurorId: entry.jurorId,
        from: { status: old.status, total: old.total, counted: old.counted },
        to: { status: entry.status, total: entry.total, counted: entry.counted },
        reason: added.at(-1)?.reason ?? null,
      });
    }
  }
  return causes;
}
