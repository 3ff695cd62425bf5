import { useEffect, useRef } from 'preact/hooks';
import type { SlotTiming } from '#app/components/schedule/schedule-clock.ts';
import type { ScheduleRow as Row } from '#app/components/schedule/schedule-model.ts';
import { ScheduleRow, type SlotMoment } from '#app/components/schedule/schedule-row.tsx';
import { useT } from '#app/i18n/index.ts';

interface Props {
  day: string;
  rows: readonly Row[];
  timing: SlotTiming;
  id: string;
}

/** The teams of one day in time order, the slot on now and the next one labelled. */
export function ScheduleList({ day, rows, timing, id }: Props) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  // One room needs no mention on every row; parallel rooms do.
  const showRoom = new Set(rows.map((r) => r.slot.room)).size > 1;
  const moment = (slotId: string): SlotMoment =>
    timing.current.includes(slotId) ? 'now' : timing.next.includes(slotId) ? 'next' : null;

  // Brings the slot on now into view once per mount (the parent keys this list by day); afterwards the
  // juror's own scrolling wins.
  useEffect(() => {
    list.current?.querySelector('.slot-now, .slot-next')?.scrollIntoView?.({ block: 'center' });
  }, []);

  return (
    <div role="tabpanel" id={id} aria-labelledby={`tab-${day}`}>
      {rows.length === 0 ? (
        <p class="muted">{t.schedule.noTeams}</p>
      ) : (
        <ol class="slot-list" ref={list}>
          {rows.map((row) => (
            <ScheduleRow key={row.slot.id} row={row} moment={moment(row.slot.id)} showRoom={showRoom} />
          ))}
        </ol>
      )}
    </div>
  );
}
