/** Add or edit one team and its slot: a late team, a moved slot, a swap when the slot is taken. */
import { useState } from 'preact/hooks';
import { Dialog } from '#app/components/dialog.tsx';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatClock } from '#app/panitia/format.ts';
import { useAdminAction } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { type EventDetail, EventDetailSchema, type SaveTeamRequest } from '#shared/admin-api.ts';
import { AGENCY_TYPES, type EventPackage, type Team } from '#shared/event.ts';
import { AGENCY_TYPE_LABELS, formatDay } from '#shared/import-cells.ts';
import { slotOf } from '#shared/package-diff.ts';

interface Props {
  pkg: EventPackage;
  team: Team | null;
  onSaved: (detail: EventDetail, message: string) => void;
  onClose: () => void;
}

export function TeamForm({ pkg, team, onSaved, onClose }: Props) {
  const t = usePanitiaT();
  const save = useAdminAction();
  const slot = team ? slotOf(pkg, team.id) : undefined;
  const nextNo = nextTeamNumber(pkg);
  const [value, setValue] = useState<SaveTeamRequest>({
    no: team ? team.no : nextNo,
    agency: team?.agency ?? '',
    agencyType: team?.agencyType ?? 'perangkat-daerah',
    title: team?.title ?? '',
    summary: team?.summary ?? '',
    slot: slot
      ? { day: slot.day, start: slot.start, room: slot.room }
      : { day: pkg.event.days[0] ?? '', start: '08:00', room: pkg.event.rooms?.[0] ?? '' },
  });
  const [newId] = useState(() => freeTeamId(pkg, nextNo));
  const teamId = team?.id ?? newId;
  const set = <K extends keyof SaveTeamRequest>(key: K, v: SaveTeamRequest[K]) =>
    setValue({ ...value, [key]: v });
  const setSlot = (key: 'day' | 'start' | 'room', v: string) =>
    setValue({
      ...value,
      slot: {
        day: value.slot?.day ?? '',
        start: value.slot?.start ?? '',
        room: value.slot?.room ?? '',
        [key]: v,
      },
    });
  const occupant = value.slot
    ? pkg.slots.find(
        (s) =>
          s.teamId !== teamId &&
          s.day === value.slot?.day &&
          s.start === value.slot?.start &&
          s.room === value.slot?.room,
      )
    : undefined;
  const occupantTeam = occupant && pkg.teams.find((x) => x.id === occupant.teamId);
  const when = value.slot
    ? `${formatDay(value.slot.day)} ${formatClock(value.slot.start)}, ${value.slot.room}`
    : t.panitia.noSlot;

  const submit = async (e: Event) => {
    e.preventDefault();
    // A new team must never land on an existing id: the server refuses `create` for a taken one.
    const body = team ? value : { ...value, create: true };
    const result = await save.run('PUT', `/events/${pkg.event.id}/teams/${teamId}`, EventDetailSchema, body);
    if (result.ok) onSaved(result.value, t.panitia.movedTo(value.title, when));
  };
  const swap = async () => {
    if (!occupantTeam) return;
    const result = await save.run('POST', `/events/${pkg.event.id}/schedule/swap`, EventDetailSchema, {
      teamA: teamId,
      teamB: occupantTeam.id,
    });
    if (result.ok) onSaved(result.value, t.panitia.movedTo(value.title, when));
  };

  return (
    <Dialog title={t.panitia.teamFormTitle} onClose={onClose}>
      <form class="grid-form team-form" onSubmit={(e) => void submit(e)}>
        <label class="field">
          <span>{t.panitia.colNo}</span>
          <input
            type="number"
            min={1}
            value={value.no}
            onInput={(e) => set('no', Number(e.currentTarget.value))}
          />
        </label>
        <label class="field">
          <span>{t.panitia.agencyType}</span>
          <select
            value={value.agencyType}
            onChange={(e) =>
              set('agencyType', AGENCY_TYPES.find((a) => a === e.currentTarget.value) ?? 'perangkat-daerah')
            }
          >
            {AGENCY_TYPES.map((a) => (
              <option key={a} value={a}>
                {AGENCY_TYPE_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        <label class="field wide">
          <span>{t.panitia.colAgency}</span>
          <input required value={value.agency} onInput={(e) => set('agency', e.currentTarget.value)} />
        </label>
        <label class="field wide">
          <span>{t.panitia.title}</span>
          <input required value={value.title} onInput={(e) => set('title', e.currentTarget.value)} />
        </label>
        <label class="field wide">
          <span>{t.panitia.summary}</span>
          <textarea
            required
            rows={3}
            value={value.summary}
            onInput={(e) => set('summary', e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t.panitia.day}</span>
          <select name="day" value={value.slot?.day} onChange={(e) => setSlot('day', e.currentTarget.value)}>
            {pkg.event.days.map((d) => (
              <option key={d} value={d}>
                {formatDay(d)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t.panitia.start}</span>
          <input
            name="start"
            type="time"
            required
            value={value.slot?.start}
            onInput={(e) => setSlot('start', e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t.panitia.room}</span>
          <input
            name="room"
            list="room-list"
            required
            value={value.slot?.room}
            onInput={(e) => setSlot('room', e.currentTarget.value)}
          />
          <datalist id="room-list">
            {(pkg.event.rooms ?? []).map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </label>
        <FailureText failure={save.failure} />
        <div class="dialog-actions wide">
          <button type="button" class="btn" onClick={onClose}>
            {t.common.cancel}
          </button>
          {occupantTeam && team && (
            <button type="button" class="btn" disabled={save.busy} onClick={() => void swap()}>
              {t.panitia.swapWith(occupantTeam.title)}
            </button>
          )}
          <button type="submit" class="btn btn-primary" disabled={save.busy}>
            {t.panitia.saveTeam}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** One more than the highest participant number (or tNN id) in the event. */
function nextTeamNumber(pkg: EventPackage): number {
  const numbers = pkg.teams.map((x) => x.no ?? Number(/^t(\d+)$/.exec(x.id)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

function freeTeamId(pkg: EventPackage, no: number): string {
  const taken = new Set(pkg.teams.map((x) => x.id));
  for (let n = no; ; n++) {
    const id = `t${String(n).padStart(2, '0')}`;
    if (!taken.has(id)) return id;
  }
}
