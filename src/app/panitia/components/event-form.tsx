/** The event's settings, for creating an event and for editing it later. */
import { useState } from 'preact/hooks';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { EventInfoInput } from '#shared/admin-api.ts';
import { RUBRIC_PRESETS } from '#shared/rubric-presets.ts';

export interface EventFormValue extends EventInfoInput {
  id?: string;
  rubricPreset?: string;
}

interface Props {
  initial: EventFormValue;
  creating: boolean;
  busy: boolean;
  submitLabel: string;
  onSubmit: (value: EventFormValue) => void;
}

const TIMEZONES = [
  ['Asia/Jakarta', 'WIB'],
  ['Asia/Makassar', 'WITA'],
  ['Asia/Jayapura', 'WIT'],
] as const;

export function EventForm({ initial, creating, busy, submitLabel, onSubmit }: Props) {
  const t = usePanitiaT();
  const [v, setV] = useState(initial);
  const [rooms, setRooms] = useState((initial.rooms ?? []).join(', '));
  const [groups, setGroups] = useState((initial.topGroups ?? []).join(', '));
  const set = <K extends keyof EventFormValue>(key: K, value: EventFormValue[K]) =>
    setV({ ...v, [key]: value });
  const submit = (e: Event) => {
    e.preventDefault();
    onSubmit({
      ...v,
      rooms: rooms
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
      topGroups: groups
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number),
    });
  };
  return (
    <form class="event-form grid-form" onSubmit={submit}>
      {creating && (
        <label class="field">
          <span>{t.panitia.eventId}</span>
          <input name="id" required value={v.id ?? ''} onInput={(e) => set('id', e.currentTarget.value)} />
        </label>
      )}
      <label class="field wide">
        <span>{t.panitia.name}</span>
        <input name="name" required value={v.name} onInput={(e) => set('name', e.currentTarget.value)} />
      </label>
      <label class="field wide">
        <span>{t.panitia.organiser}</span>
        <input
          name="organiser"
          required
          value={v.organiser}
          onInput={(e) => set('organiser', e.currentTarget.value)}
        />
      </label>
      <label class="field wide">
        <span>{t.panitia.venue}</span>
        <input name="venue" required value={v.venue} onInput={(e) => set('venue', e.currentTarget.value)} />
      </label>
      <fieldset class="field wide">
        <legend>{t.panitia.days}</legend>
        {v.days.map((day, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a day input is its position in the list
          <span class="day-input" key={`${i}-${v.days.length}`}>
            <input
              type="date"
              name={`day-${i + 1}`}
              required
              value={day}
              onInput={(e) =>
                set(
                  'days',
                  v.days.map((d, j) => (j === i ? e.currentTarget.value : d)),
                )
              }
            />
            {v.days.length > 1 && (
              <button
                type="button"
                class="btn btn-quiet"
                onClick={() =>
                  set(
                    'days',
                    v.days.filter((_, j) => j !== i),
                  )
                }
              >
                {t.panitia.removeDay}
              </button>
            )}
          </span>
        ))}
        <button type="button" class="btn" onClick={() => set('days', [...v.days, nextDay(v.days.at(-1))])}>
          {t.panitia.addDay}
        </button>
      </fieldset>
      <label class="field">
        <span>{t.panitia.timezone}</span>
        <select value={v.timezone} onChange={(e) => set('timezone', timezoneOf(e.currentTarget.value))}>
          {TIMEZONES.map(([zone, label]) => (
            <option key={zone} value={zone}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t.panitia.presentationMinutes}</span>
        <input
          type="number"
          min={1}
          max={120}
          value={v.presentationMinutes ?? 7}
          onInput={(e) => set('presentationMinutes', Number(e.currentTarget.value))}
        />
      </label>
      <label class="field">
        <span>{t.panitia.interviewMinutes}</span>
        <input
          type="number"
          min={0}
          max={120}
          value={v.interviewMinutes ?? 13}
          onInput={(e) => set('interviewMinutes', Number(e.currentTarget.value))}
        />
      </label>
      <label class="field">
        <span>{t.panitia.topGroups}</span>
        <input name="topGroups" value={groups} onInput={(e) => setGroups(e.currentTarget.value)} />
      </label>
      <label class="field wide">
        <span>{t.panitia.rooms}</span>
        <input name="rooms" value={rooms} onInput={(e) => setRooms(e.currentTarget.value)} />
      </label>
      {creating && (
        <label class="field">
          <span>{t.panitia.rubricPreset}</span>
          <select value={v.rubricPreset} onChange={(e) => set('rubricPreset', e.currentTarget.value)}>
            {RUBRIC_PRESETS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="wide">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function timezoneOf(value: string): EventInfoInput['timezone'] {
  return TIMEZONES.find(([zone]) => zone === value)?.[0] ?? 'Asia/Jakarta';
}

function nextDay(last: string | undefined): string {
  if (!last) return new Date().toISOString().slice(0, 10);
  const date = new Date(`${last}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
