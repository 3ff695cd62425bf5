/** The app bar's connection state: calm grey when offline, because offline is normal for Juri. */
import { useT } from '#app/i18n/index.ts';
import type { Connectivity } from '#app/pwa/connectivity.ts';
import { useConnectivity } from '#app/pwa/use-connectivity.ts';
import '#app/styles/pwa.css';

export function ConnectionBadge() {
  const state = useConnectivity();
  return <ConnectionLabel state={state} />;
}

export function ConnectionLabel({ state }: { state: Connectivity }) {
  const t = useT();
  return (
    <span
      class="connection-badge status-pill"
      data-state={state}
      data-testid="connection-status"
      role="status"
      title={t.pwa.connectionLabel}
    >
      <span class="connection-dot" aria-hidden="true" />
      {t.pwa[state]}
    </span>
  );
}
