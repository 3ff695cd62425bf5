import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { formatDay } from '#app/components/schedule/day-label.ts';
import { useLang, useT } from '#app/i18n/index.ts';

interface Props {
  days: readonly string[];
  selected: string;
  /** The id of the element the tabs control. */
  panelId: string;
  onSelect: (day: string) => void;
}

/** A segmented control with one tab per event day; arrow keys move between days as in any tab list. */
export function DayTabs({ days, selected, panelId, onSelect }: Props) {
  const t = useT();
  const lang = useLang();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = days.indexOf(selected);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: days.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const day = days[(target + days.length) % days.length];
    if (!day) return;
    onSelect(day);
    list.current?.querySelector<HTMLButtonElement>(`[data-day="${day}"]`)?.focus();
  };

  return (
    <div class="day-tabs" role="tablist" aria-label={t.schedule.daysLabel} ref={list} onKeyDown={onKeyDown}>
      {days.map((day, i) => (
        <button
          key={day}
          type="button"
          role="tab"
          id={`tab-${day}`}
          data-day={day}
          aria-selected={day === selected}
          aria-controls={panelId}
          tabIndex={day === selected ? 0 : -1}
          onClick={() => onSelect(day)}
        >
          <span class="day-tab-name">{t.schedule.day(i + 1)}</span>
          <span class="day-tab-date">{formatDay(day, lang)}</span>
        </button>
      ))}
    </div>
  );
}
