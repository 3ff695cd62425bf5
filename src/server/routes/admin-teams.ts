/**
 * Organizer routes for teams and their slots: import the committee's list (all or nothing), add or
 * edit one team, move it, swap two slots, withdraw a team. A withdrawn team stays in the package.
 */
import { Hono } from 'hono';
import { apiError, fail } from '#server/http/errors.ts';
import { readJson } from '#server/http/read-json.ts';
import { ok, publishChange, refuse } from '#server/publish.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import type { Store } from '#server/store/index.ts';
import { ImportRequestSchema, SaveTeamRequestSchema, SwapSlotsRequestSchema } from '#shared/admin-api.ts';
import type { EventPackage, Slot, Team } from '#shared/event.ts';
import { ID_PATTERN } from '#shared/ids.ts';
import { clockMinutes, formatDay } from '#shared/import-cells.ts';
import { diffSchedules, slotOf } from '#shared/package-diff.ts';
import { applyImportedRows, slotMinutes } from '#shared/schedule-apply.ts';
import { describeIssue, IMPORT_COLUMNS, validateImportRows } from '#shared/schedule-import.ts';

export function adminTeamRoutes({ store, now }: RouteDeps): Hono {
  const app = new Hono();

  app.post('/events/:eventId/import', async (c) => {
    const body = await readJson(c, ImportRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const eventId = c.req.param('eventId');
    const result = publishChange(
      store,
      eventId,
      now(),
      (pkg) => {
        // The same checks the console ran on the file, run again on what reached the server.
        const grid = [
          IMPORT_COLUMNS.map((col) => col.header),
          ...body.value.rows.map((r) => IMPORT_COLUMNS.map((col) => r[col.key])),
        ];
        const minutes = slotMinutes(pkg.event);
        const checked = validateImportRows(grid, {
          days: pkg.event.days,
          slotMinutes: minutes.presentation + minutes.interview,
        });
        if (!checked.ok) {
          const issues = checked.issues.map((issue) => ({
            ...issue,
            row: body.value.rows[issue.row - 2]?.row ?? issue.row,
          }));
          return refuse(fail('invalid_request', issues.slice(0, 10).map(describeIssue).join('; ')));
        }
        const next = applyImportedRows(pkg, checked.rows);
        const diff = diffSchedules(pkg, next);
        const movedWithScores = diff.moved
          .filter(({ team }) => store.sheets.teamHasSheets(eventId, team.id))
          .map(({ team }) => team.id);
        return ok({
          pkg: next,
          note: {
            kind: 'teams_imported',
            summary: `Daftar peserta diimpor: ${diff.added.length} baru, ${diff.moved.length} pindah jadwal, ${diff.edited.length} diubah, ${diff.removed.length} ditarik`,
            detail: {
              added: diff.added.map((t) => t.id),
              moved: diff.moved.map((m) => m.team.id),
              removed: diff.removed.map((t) => t.id),
              movedWithScores,
            },
          },
        });
      },
      body.value.baseVersion,
    );
    return result.ok ? c.json(result.value) : apiError(c, result.failure);
  });

  app.put('/events/:eventId/teams/:teamId', async (c) => {
    const teamId = c.req.param('teamId');
    if (!ID_PATTERN.test(teamId))
      return apiError(c, fail('invalid_request', 'teamId: harus huruf kecil, angka atau tanda hubung'));
    const body = await readJson(c, SaveTeamRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const eventId = c.req.param('eventId');
    const result = publishChange(store, eventId, now(), (pkg) => {
      const previous = pkg.teams.find((t) => t.id === teamId);
      const { slot: wanted, create, ...fields } = body.value;
      if (create && previous)
        return refuse(fail('team_exists', `peserta ${teamId} sudah ada: "${previous.title}"`));
      const team: Team = { id: teamId, ...fields };
      if (wanted && !pkg.event.days.includes(wanted.day))
        return refuse(fail('invalid_request', `slot.day: ${formatDay(wanted.day)} bukan hari acara`));
      const before = slotOf(pkg, teamId);
      const slot = wanted ? slotFor(pkg, teamId, wanted, before) : undefined;
      const clash = slot && clashWith(pkg, slot);
      if (clash) return refuse(fail('slot_taken', `${describeSlot(slot)} sudah dipakai ${teamLabel(clash)}`));
      const teams = previous ? pkg.teams.map((t) => (t.id === teamId ? team : t)) : [...pkg.teams, team];
      const slots = [...pkg.slots.filter((s) => s.teamId !== teamId), ...(slot ? [slot] : [])];
      const moved = previous !== undefined && !sameSlot(before, slot);
      return ok({
        pkg: { ...pkg, event: withRoom(pkg.event, slot?.room), teams, slots },
        note: {
          kind: 'team_saved',
          summary: !previous
            ? `Peserta ditambahkan: ${teamLabel(team)}${slot ? `, ${describeSlot(slot)}` : ''}`
            : moved
              ? `${teamLabel(team)} pindah ke ${slot ? describeSlot(slot) : '(tanpa jadwal)'}`
              : `Data peserta diubah: ${teamLabel(team)}`,
          detail: {
            teamId,
            from: before ?? null,
            to: slot ?? null,
            movedWithScores: moved && store.sheets.teamHasSheets(eventId, teamId) ? [teamId] : [],
          },
        },
      });
    });
    return result.ok ? c.json(result.value) : apiError(c, result.failure);
  });

  app.delete('/events/:eventId/teams/:teamId', (c) => {
    const teamId = c.req.param('teamId');
    const result = publishChange(store, c.req.param('eventId'), now(), (pkg) => {
      const team = pkg.teams.find((t) => t.id === teamId);
      if (!team) return refuse(fail('team_not_found', `peserta ${teamId} tidak ada`));
      return ok({
        pkg: {
          ...pkg,
          teams: pkg.teams.map((t) => (t.id === teamId ? { ...t, withdrawn: true } : t)),
          slots: pkg.slots.filter((s) => s.teamId !== teamId),
        },
        note: {
          kind: 'team_withdrawn',
          summary: `Peserta ditarik: ${teamLabel(team)}`,
          detail: { teamId, slot: slotOf(pkg, teamId) ?? null },
        },
      });
    });
    return result.ok ? c.json(result.value) : apiError(c, result.failure);
  });

  app.post('/events/:eventId/schedule/swap', async (c) => {
    const body = await readJson(c, SwapSlotsRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const { teamA, teamB } = body.value;
    const eventId = c.req.param('eventId');
    const result = publishChange(store, eventId, now(), (pkg) => {
      const a = slotOf(pkg, teamA);
      const b = slotOf(pkg, teamB);
      if (!a) return refuse(fail('invalid_request', `teamA: peserta ${teamA} tidak punya jadwal`));
      if (!b) return refuse(fail('invalid_request', `teamB: peserta ${teamB} tidak punya jadwal`));
      const slots = pkg.slots.map((s) =>
        s.id === a.id ? { ...s, teamId: teamB } : s.id === b.id ? { ...s, teamId: teamA } : s,
      );
      const names = [teamA, teamB].map((id) => teamLabel(pkg.teams.find((t) => t.id === id) ?? { id }));
      return ok({
        pkg: { ...pkg, slots },
        note: {
          kind: 'slots_swapped',
          summary: `Jadwal ditukar: ${names.join(' ↔ ')}`,
          detail: { teamA, teamB, movedWithScores: scoredOf(store, eventId, [teamA, teamB]) },
        },
      });
    });
    return result.ok ? c.json(result.value) : apiError(c, result.failure);
  });

  return app;
}

function slotFor(
  pkg: EventPackage,
  teamId: string,
  wanted: { day: string; start: string; room: string },
  before: Slot | undefined,
): Slot {
  const minutes = slotMinutes(pkg.event);
  return {
    id: before?.id ?? freeSlotId(pkg, `s-${teamId}`),
    day: wanted.day,
    start: wanted.start,
    room: wanted.room,
    presentationMinutes: before?.presentationMinutes ?? minutes.presentation,
    interviewMinutes: before?.interviewMinutes ?? minutes.interview,
    teamId,
  };
}

/** Another active team in the same room whose slot overlaps this one. */
function clashWith(pkg: EventPackage, slot: Slot): Team | undefined {
  const start = clockMinutes(slot.start);
  const end = start + slot.presentationMinutes + slot.interviewMinutes;
  const other = pkg.slots.find((s) => {
    if (s.teamId === slot.teamId || s.day !== slot.day || s.room.toLowerCase() !== slot.room.toLowerCase())
      return false;
    const from = clockMinutes(s.start);
    return from < end && start < from + s.presentationMinutes + s.interviewMinutes;
  });
  return other && pkg.teams.find((t) => t.id === other.teamId && !t.withdrawn);
}

function withRoom(event: EventPackage['event'], room: string | undefined): EventPackage['event'] {
  const rooms = event.rooms ?? [];
  if (!room || rooms.some((r) => r.toLowerCase() === room.toLowerCase()) || rooms.length >= 20) return event;
  return { ...event, rooms: [...rooms, room] };
}

function freeSlotId(pkg: EventPackage, wanted: string): string {
  const taken = new Set(pkg.slots.map((s) => s.id));
  if (!taken.has(wanted)) return wanted;
  for (let k = 2; ; k++) if (!taken.has(`${wanted}-${k}`)) return `${wanted}-${k}`;
}

function sameSlot(a: Slot | undefined, b: Slot | undefined): boolean {
  if (!a || !b) return a === b;
  return a.day === b.day && a.start === b.start && a.room === b.room;
}

function scoredOf(store: Store, eventId: string, teamIds: string[]): string[] {
  return teamIds.filter((id) => store.sheets.teamHasSheets(eventId, id));
}

export function describeSlot(slot: Pick<Slot, 'day' | 'start' | 'room'>): string {
  return `${formatDay(slot.day)} pukul ${slot.start.replace(':', '.')}, ${slot.room}`;
}

function teamLabel(team: Partial<Team> & { id: string }): string {
  const no = team.no !== undefined ? `No ${team.no} ` : '';
  return team.title ? `${no}"${team.title}"` : team.id;
}
