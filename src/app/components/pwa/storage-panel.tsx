/** Whether the browser promised to keep the scores, and how much room is left. */

import { formatMegabytes } from '#app/components/pwa/format-megabytes.ts';
import { type Dictionary, useLang, useT } from '#app/i18n/index.ts';
import type { StorageStatus } from '#app/pwa/storage.ts';
import { useStorageStatus } from '#app/pwa/use-storage-status.ts';

export function StoragePanel() {
  const t = useT();
  const lang = useLang();
  const { status, requestPersistence } = useStorageStatus();
  const size = (bytes: number | null | undefined) =>
    typeof bytes === 'number' ? formatMegabytes(bytes, lang) : t.pwa.storageUnknown;
  return (
    <section class="card status-section" aria-labelledby="storage-title" data-testid="storage-panel">
      <h2 id="storage-title">{t.pwa.storageTitle}</h2>
      {status ? (
        <PersistenceNotice t={t} status={status} onRequest={requestPersistence} />
      ) : (
        <p>{t.common.loading}</p>
      )}
      <dl class="status-facts">
        <dt>{t.pwa.storageUsed}</dt>
        <dd data-testid="storage-used">{status ? size(status.usageBytes) : '…'}</dd>
        <dt>{t.pwa.storageAvailable}</dt>
        <dd data-testid="storage-available">{status ? size(status.availableBytes) : '…'}</dd>
      </dl>
    </section>
  );
}

interface NoticeProps {
  t: Dictionary;
  status: StorageStatus;
  onRequest: () => Promise<void>;
}

function PersistenceNotice({ t, status, onRequest }: NoticeProps) {
  const request = () => void onRequest();
  switch (status.persistence) {
    case 'granted':
      return (
        <p class="persist-ok" data-testid="persistence" data-state="granted">
          {t.pwa.persistGranted}
        </p>
      );
    case 'denied':
      // Red and an alert: this is the one storage state that needs the juror to act.
      return (
        <div class="persist-denied" role="alert" data-testid="persistence" data-state="denied">
          <p>
            <strong>{t.pwa.persistDenied}</strong> {t.pwa.persistDeniedHelp}
          </p>
          <button type="button" class="btn btn-danger" onClick={request}>
            {t.pwa.persistRetry}
          </button>
        </div>
      );
    case 'not-requested':
      return (
        <div data-testid="persistence" data-state="not-requested">
          <p>{t.pwa.persistNotRequested}</p>
          <button type="button" class="btn" onClick={request}>
            {t.pwa.persistRequest}
          </button>
        </div>
      );
    case 'unsupported':
      return (
        <p class="muted" data-testid="persistence" data-state="unsupported">
          {t.pwa.persistUnsupported}
        </p>
      );
  }
}
