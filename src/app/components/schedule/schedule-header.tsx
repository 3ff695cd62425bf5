import { useT } from '#app/i18n/index.ts';

interface Props {
  jurorName: string;
  eventName: string;
  /** Shown in demo mode only: an enrolled tablet belongs to one juror. */
  onSwitch?: () => void;
  switchFailed: boolean;
}

/** Who is scoring, for which event, and the way out in demo mode. */
export function ScheduleHeader({ jurorName, eventName, onSwitch, switchFailed }: Props) {
  const t = useT();
  return (
    <div class="schedule-header">
      <div>
        <p class="schedule-juror">
          <span class="muted">{t.schedule.jurorLabel}:</span> <strong>{jurorName}</strong>
        </p>
        <p class="muted schedule-event">{eventName}</p>
      </div>
      {onSwitch && (
        <button type="button" class="btn" onClick={onSwitch}>
          {t.schedule.leavePractice}
        </button>
      )}
      {switchFailed && (
        <p class="error-text" role="alert">
          {t.schedule.switchFailed}
        </p>
      )}
    </div>
  );
}
