/** The connection state: calm grey when offline, because offline is normal for Juri. */
import { useT } from '#app/i18n/index.ts';
import type { Connectivity } from '#app/pwa/connectivity.ts';
import { useConnectivity } from '#app/pwa/use-connectivity.ts';
import '#app/styles/pwa.css';

/** The app bar's badge: a word in a fixed-width slot, the full sentence for screen readers. */
export function ConnectionBadge() {
  const state = useConnectivity();
  return <ConnectionLabel state={state} compact />;
}

export function ConnectionLabel({ state, compact = false }: { state: Connectivity; compact?: boolean }) {
  const t = useT();
  return (
    <span
      class={compact ? 'connection-badge status-pill pill-compact' : 'connection-badge status-pill'}
      data-state={state}
      data-testid="connection-status"
      role="status"
      title={`${t.pwa.connectionLabel}: ${t.pwa[state]}`}
    >
      <span class="connection-dot" aria-hidden="true" />
      {compact ? (
        <>
          <span class="pill-text" aria-hidden="true">
            {t.pwa.short[state]}
          </span>
          <span class="visually-hidden">{t.pwa[state]}</span>
        </>
      ) : (
        <span class="pill-text">{t.pwa[state]}</span>
      )}
    </span>
  );
}
