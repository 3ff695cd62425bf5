/** Which build runs (for support calls and to confirm an update arrived) and whether it is offline-ready. */
import { useT } from '#app/i18n/index.ts';
import { APP_VERSION, BUILD_ID } from '#app/pwa/build-info.ts';
import { checkForUpdate } from '#app/pwa/update-actions.ts';
import { useUpdateState } from '#app/pwa/update-store.ts';

export function VersionPanel() {
  const t = useT();
  const phase = useUpdateState((s) => s.phase);
  const offlineReady = useUpdateState((s) => s.offlineReady);
  return (
    <section class="card status-section" aria-labelledby="version-title">
      <h2 id="version-title">{t.pwa.versionTitle}</h2>
      <dl class="status-facts">
        <dt>{t.pwa.version}</dt>
        <dd data-testid="app-version">{APP_VERSION}</dd>
        <dt>{t.pwa.buildId}</dt>
        <dd data-testid="build-id">{BUILD_ID}</dd>
      </dl>
      <p>{offlineReady ? t.pwa.offlineReady : t.pwa.offlineNotReady}</p>
      {phase === 'idle' ? (
        <p class="muted">
          {t.pwa.upToDate}{' '}
          <button type="button" class="btn" onClick={() => void checkForUpdate()}>
            {t.pwa.checkUpdate}
          </button>
        </p>
      ) : (
        <p>{t.pwa.updateTitle}</p>
      )}
    </section>
  );
}
