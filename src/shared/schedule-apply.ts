/**
 * Turns a validated team list into the event's next teams and slots. A team keeps its id (and so its
 * scores) when its number is in the file again; a team missing from the file is withdrawn, never
 * deleted, so scores a tablet still holds for it stay valid.
 */
import type { EventPackage, Slot, Team } from '#shared/event.ts';
import type { ImportedRow } from '#shared/schedule-import.ts';

type Draft = Pick<EventPackage, 'event' | 'teams' | 'slots'>;

export const DEFAULT_PRESENTATION_MINUTES = 7;
export const DEFAULT_INTERVIEW_MINUTES = 13;

/** The id a team numbered `no` gets: t01, t02, … (the demo event's ids). */
export function teamIdFor(no: number): string {
  return `t${String(no).padStart(2, '0')}`;
}

/** The minutes a new slot gets: the event's defaults, else 7 + 13. */
export function slotMinutes(event: EventPackage['event']): { presentation: number; interview: number } {
  return {
    presentation: event.presentationMinutes ?? DEFAULT_PRESENTATION_MINUTES,
    interview: event.interviewMinutes ?? DEFAULT_INTERVIEW_MINUTES,
  };
}

export function applyImportedRows<P extends Draft>(pkg: P, rows: readonly ImportedRow[]): P {
  const taken = new Set(pkg.teams.map((t) => t.id));
  const matched = new Map<string, ImportedRow>();
  const created: Team[] = [];
  for (const row of rows) {
    const existing =
      pkg.teams.find((t) => t.no === row.no) ??
      pkg.teams.find((t) => t.no === undefined && t.id === teamIdFor(row.no));
    if (existing && !matched.has(existing.id)) {
      matched.set(existing.id, row);
      continue;
    }
    const id = freeId(teamIdFor(row.no), taken);
    taken.add(id);
    matched.set(id, row);
    created.push(teamFrom(id, row));
  }
  const teams = [
    ...pkg.teams.map((team) => {
      const row = matched.get(team.id);
      if (!row) return team.withdrawn ? team : { ...team, withdrawn: true };
      const { withdrawn: _gone, ...rest } = team;
      return { ...rest, ...teamFrom(team.id, row) };
    }),
    ...created,
  ];
  const minutes = slotMinutes(pkg.event);
  const slotIds = new Set<string>();
  const slots: Slot[] = [];
  for (const [teamId, row] of matched) {
    const previous = pkg.slots.find((s) => s.teamId === teamId);
    const id = freeId(previous?.id ?? `s-${teamId}`, slotIds);
    slotIds.add(id);
    slots.push({
      id,
      day: row.day,
      start: row.start,
      room: row.room,
      presentationMinutes: previous?.presentationMinutes ?? minutes.presentation,
      interviewMinutes: previous?.interviewMinutes ?? minutes.interview,
      teamId,
    });
  }
  slots.sort(
    (a, b) => a.day.localeCompare(b.day) || a.start.localeCompare(b.start) || a.room.localeCompare(b.room),
  );
  const rooms = [...(pkg.event.rooms ?? [])];
  for (const row of rows)
    if (!rooms.some((r) => r.toLowerCase() === row.room.toLowerCase())) rooms.push(row.room);
  return { ...pkg, event: { ...pkg.event, rooms: rooms.slice(0, 20) }, teams, slots };
}

function teamFrom(id: string, row: ImportedRow): Team {
  return {
    id,
    no: row.no,
    agency: row.agency,
    agencyType: row.agencyType,
    title: row.title,
    summary: row.summary,
  };
}

function freeId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let k = 2; ; k++) if (!taken.has(`${wanted}-${k}`)) return `${wanted}-${k}`;
}
