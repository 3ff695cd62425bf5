/** The connection state with its explanation, and a way to check again now. */
import { useState } from 'preact/hooks';
import { ConnectionLabel } from '#app/components/pwa/connection-badge.tsx';
import { useT } from '#app/i18n/index.ts';
import { connectivity } from '#app/pwa/connectivity.ts';
import { useConnectivity } from '#app/pwa/use-connectivity.ts';

export function ConnectionPanel() {
  const t = useT();
  const state = useConnectivity();
  const [busy, setBusy] = useState(false);
  const checkNow = async () => {
    setBusy(true);
    await connectivity.check();
    setBusy(false);
  };
  return (
    <section class="card status-section" aria-labelledby="connection-title">
      <h2 id="connection-title">{t.pwa.connectionTitle}</h2>
      <p>
        <ConnectionLabel state={state} />
      </p>
      <p class="muted">{t.pwa.connectionHelp}</p>
      <button type="button" class="btn" disabled={busy} onClick={() => void checkNow()}>
        {t.pwa.checkNow}
      </button>
    </section>
  );
}
