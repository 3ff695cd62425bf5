import type { Progress } from '#app/components/schedule/schedule-model.ts';
import { useT } from '#app/i18n/index.ts';

/** "x dari N final" with a bar; conflicts are named because they can never become final. */
export function ProgressSummary({ progress }: { progress: Progress }) {
  const t = useT();
  const text = t.schedule.progress(progress.final, progress.teams);
  const percent = progress.teams > 0 ? (progress.final / progress.teams) * 100 : 0;
  return (
    <div class="progress">
      <p class="progress-text">
        <strong>{text}</strong>
        {progress.coi > 0 && <span class="muted"> · {t.schedule.coiCount(progress.coi)}</span>}
      </p>
      <div
        class="progress-bar"
        role="progressbar"
        aria-label={t.schedule.progressLabel}
        aria-valuemin={0}
        aria-valuemax={progress.teams}
        aria-valuenow={progress.final}
        aria-valuetext={text}
      >
        <span class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
