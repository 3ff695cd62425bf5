/**
 * What each juror scores in the bench: every team on every criterion, one saved value each, and the
 * check that the server ends up holding exactly those values.
 */
import type { EventPackage } from '#shared/event.ts';
import { scaleValues } from '#shared/scoring.ts';
import type { ServerSheet } from './bench-server.ts';

export interface PlannedScore {
  teamId: string;
  criterionId: string;
  value: number;
}

/** A spread of values across the scale, different per juror, so a mix-up between sheets shows. */
export function planScores(pkg: EventPackage, jurorIndex: number): PlannedScore[] {
  return pkg.teams.flatMap((team, t) =>
    pkg.rubric.criteria.map((criterion, c): PlannedScore => {
      const values = scaleValues(criterion.scale);
      const value = values[(jurorIndex * 7 + t * 3 + c * 5) % values.length];
      if (value === undefined) throw new Error(`criterion ${criterion.id} has an empty scale`);
      return { teamId: team.id, criterionId: criterion.id, value };
    }),
  );
}

export interface HeldScores {
  /** Score values on the server's sheets, all jurors together. */
  held: number;
  /** How many planned values the server holds exactly. */
  matching: number;
}

export function compareHeldScores(
  plans: ReadonlyMap<string, readonly PlannedScore[]>,
  sheets: readonly ServerSheet[],
): HeldScores {
  const byKey = new Map(sheets.map((s) => [`${s.jurorId}/${s.teamId}`, s]));
  let matching = 0;
  for (const [jurorId, plan] of plans) {
    for (const p of plan) {
      if (byKey.get(`${jurorId}/${p.teamId}`)?.scores[p.criterionId] === p.value) matching++;
    }
  }
  const held = sheets.reduce((n, s) => n + Object.keys(s.scores).length, 0);
  return { held, matching };
}
