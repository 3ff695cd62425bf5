/** The schedule as a juror reads it: slots in time order with each team's status. Pure, no DOM. */
import type { EventPackage, Slot, Team } from '#shared/event.ts';
import type { ScoreSheet, TeamStatus } from '#shared/sheet.ts';

export interface ScheduleRow {
  slot: Slot;
  team: Team;
  status: TeamStatus;
}

export function statusByTeam(sheets: readonly ScoreSheet[]): Map<string, TeamStatus> {
  return new Map(sheets.map((s) => [s.teamId, s.status]));
}

function bySlotTime(a: Slot, b: Slot): number {
  return (
    a.day.localeCompare(b.day) ||
    a.start.localeCompare(b.start) ||
    a.room.localeCompare(b.room) ||
    a.id.localeCompare(b.id)
  );
}

/** The teams presenting on `day`, in time order. */
export function rowsForDay(pkg: EventPackage, sheets: readonly ScoreSheet[], day: string): ScheduleRow[] {
  const teams = new Map(pkg.teams.map((t) => [t.id, t]));
  const statuses = statusByTeam(sheets);
  return pkg.slots
    .filter((s) => s.day === day)
    .sort(bySlotTime)
    .flatMap((slot) => {
      const team = teams.get(slot.teamId);
      return team ? [{ slot, team, status: statuses.get(team.id) ?? 'none' }] : [];
    });
}

/** Every team once, in the order they present; teams without a slot come last, in package order. */
export function teamsInScheduleOrder(pkg: EventPackage): { team: Team; slot: Slot | undefined }[] {
  const firstSlot = new Map<string, Slot>();
  for (const slot of [...pkg.slots].sort(bySlotTime))
    if (!firstSlot.has(slot.teamId)) firstSlot.set(slot.teamId, slot);
  const scheduled = pkg.teams.filter((t) => firstSlot.has(t.id));
  scheduled.sort((a, b) => {
    const sa = firstSlot.get(a.id);
    const sb = firstSlot.get(b.id);
    return sa && sb ? bySlotTime(sa, sb) : 0;
  });
  const unscheduled = pkg.teams.filter((t) => !firstSlot.has(t.id));
  return [...scheduled, ...unscheduled].map((team) => ({ team, slot: firstSlot.get(team.id) }));
}

export interface Progress {
  final: number;
  coi: number;
  teams: number;
}

/**
 * Final sheets of this juror against the event's teams; sheets of teams no longer in the package, or
 * withdrawn by the organizer, do not count (they stay stored).
 */
export function progressOf(pkg: EventPackage, sheets: readonly ScoreSheet[]): Progress {
  const active = pkg.teams.filter((t) => !t.withdrawn);
  const teamIds = new Set(active.map((t) => t.id));
  const mine = sheets.filter((s) => teamIds.has(s.teamId));
  return {
    final: mine.filter((s) => s.status === 'final').length,
    coi: mine.filter((s) => s.status === 'coi').length,
    teams: active.length,
  };
}
