/**
 * What changed between two versions of an event's schedule: the import preview shows it before the
 * organizer applies a file, and a tablet shows it to the juror when a new package arrives.
 */
import type { EventPackage, Slot, Team } from '#shared/event.ts';

type Schedule = Pick<EventPackage, 'teams' | 'slots'>;

export interface TeamMove {
  team: Team;
  from: Slot | undefined;
  to: Slot | undefined;
}

export interface TeamEdit {
  team: Team;
  /** The team as it was: a new title on an old number is worth a second look before applying. */
  before: Team;
  fields: ('agency' | 'agencyType' | 'title' | 'summary' | 'no')[];
}

export interface ScheduleDiff {
  added: Team[];
  /** Teams withdrawn (or gone) in the newer version. */
  removed: Team[];
  moved: TeamMove[];
  edited: TeamEdit[];
}

export function diffSchedules(before: Schedule, after: Schedule): ScheduleDiff {
  const old = new Map(before.teams.map((t) => [t.id, t]));
  const active = (t: Team | undefined) => t !== undefined && !t.withdrawn;
  const diff: ScheduleDiff = { added: [], removed: [], moved: [], edited: [] };
  const afterIds = new Set<string>();
  for (const team of after.teams) {
    afterIds.add(team.id);
    const previous = old.get(team.id);
    if (!active(team)) {
      if (active(previous) && previous) diff.removed.push(previous);
      continue;
    }
    if (!active(previous) || !previous) {
      diff.added.push(team);
      continue;
    }
    const from = slotOf(before, team.id);
    const to = slotOf(after, team.id);
    if (!sameSlot(from, to)) diff.moved.push({ team, from, to });
    const fields = (['no', 'agency', 'agencyType', 'title', 'summary'] as const).filter(
      (key) => previous[key] !== team[key],
    );
    if (fields.length > 0) diff.edited.push({ team, before: previous, fields });
  }
  for (const team of before.teams) if (!afterIds.has(team.id) && active(team)) diff.removed.push(team);
  return diff;
}

export function isEmptyDiff(diff: ScheduleDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.moved.length && !diff.edited.length;
}

/** The team's slot: the earliest if it has several. */
export function slotOf(pkg: Pick<EventPackage, 'slots'>, teamId: string): Slot | undefined {
  return pkg.slots
    .filter((s) => s.teamId === teamId)
    .sort((a, b) => a.day.localeCompare(b.day) || a.start.localeCompare(b.start))[0];
}

function sameSlot(a: Slot | undefined, b: Slot | undefined): boolean {
  if (!a || !b) return a === b;
  return a.day === b.day && a.start === b.start && a.room === b.room;
}
