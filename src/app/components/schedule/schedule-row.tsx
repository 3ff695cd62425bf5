import type { ScheduleRow as Row } from '#app/components/schedule/schedule-model.ts';
import { StatusChip } from '#app/components/schedule/status-chip.tsx';
import { useT } from '#app/i18n/index.ts';

export type SlotMoment = 'now' | 'next' | null;

interface Props {
  row: Row;
  moment: SlotMoment;
  showRoom: boolean;
}

/** One team on the schedule: the whole row opens its score sheet. */
export function ScheduleRow({ row, moment, showRoom }: Props) {
  const t = useT();
  const { slot, team, status } = row;
  return (
    <li class={moment ? `slot slot-${moment}` : 'slot'}>
      <a
        class="slot-link"
        href={`/nilai/${team.id}`}
        data-team-id={team.id}
        data-status={status}
        aria-current={moment === 'now' ? 'time' : undefined}
      >
        <span class="slot-time">
          <time>{slot.start}</time>
          {showRoom && <span class="slot-room">{slot.room}</span>}
        </span>
        <span class="slot-team">
          {moment && (
            <span class={`moment moment-${moment}`}>
              {moment === 'now' ? t.schedule.now : t.schedule.next}
            </span>
          )}
          <span class="slot-agency">{team.agency}</span>
          <span class="slot-title">{team.title}</span>
        </span>
        <StatusChip status={status} />
      </a>
    </li>
  );
}
