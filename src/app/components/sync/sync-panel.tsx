/** The sync status in full: what waits, when the server last confirmed, the last problem in plain words. */

import { DeviceHistoryNote } from '#app/components/sync/device-history-note.tsx';
import { SyncLabel } from '#app/components/sync/sync-badge.tsx';
import { useSyncView } from '#app/components/sync/use-sync-overview.ts';
import { useLang } from '#app/i18n/index.ts';
import { useSyncT } from '#app/i18n/use-sync-t.ts';
import { syncNow } from '#app/sync/start-sync.ts';
import { localeTag } from '#shared/locale.ts';

export function SyncPanel() {
  const t = useSyncT().sync;
  const lang = useLang();
  const view = useSyncView();
  if (!view) return null;
  const { overview, state, nextAttemptAt } = view;
  const locale = localeTag(lang);
  const dateTime = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = (ms: number) => new Date(ms).toLocaleTimeString(locale, { timeStyle: 'short' });
  const problem = overview.problem;
  return (
    <section class="card sync-panel" aria-labelledby="sync-panel-title" data-testid="sync-panel">
      <h2 id="sync-panel-title">{t.panelTitle}</h2>
      <p>
        <SyncLabel state={state} unconfirmed={overview.unconfirmed} />
      </p>
      <p data-testid="sync-last-success">
        {overview.lastSuccessAt ? t.lastSuccess(dateTime(overview.lastSuccessAt)) : t.neverSent}
      </p>
      {problem && (
        <div
          class={state === 'action' ? 'sync-problem sync-problem-action' : 'sync-problem'}
          data-testid="sync-problem"
          data-code={problem.code}
        >
          <h3>{t.lastProblem}</h3>
          <p>{t.problem[problem.code]}</p>
          {/* The technical detail helps the panitia with a problem a person must solve; for a passing
              one (no network, a timeout) it would only put the browser's English ("Failed to fetch")
              in front of the juror. */}
          {problem.detail && state === 'action' && (
            <p class="muted sync-detail">{t.problemDetail(problem.detail)}</p>
          )}
        </div>
      )}
      {overview.stranded > 0 && (
        <p class="sync-problem" data-testid="sync-stranded">
          {t.stranded(overview.stranded)}
        </p>
      )}
      <DeviceHistoryNote retired={overview.retired} />
      {nextAttemptAt !== null && state !== 'sent' && <p class="muted">{t.nextTry(time(nextAttemptAt))}</p>}
      {overview.enrolled && (
        <button type="button" class="btn" onClick={syncNow} disabled={state === 'sending'}>
          {t.sendNow}
        </button>
      )}
    </section>
  );
}
