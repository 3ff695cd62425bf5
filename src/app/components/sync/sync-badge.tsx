/** The app bar's sync status: always visible, grey while merely waiting, red only when someone must act. */

import { useSyncView } from '#app/components/sync/use-sync-overview.ts';
import { useT } from '#app/i18n/index.ts';
import type { SyncBadgeState } from '#app/sync/sync-overview.ts';
import '#app/styles/sync.css';

// A glyph per state, so the meaning never rests on colour alone.
const GLYPH: Record<SyncBadgeState, string> = {
  demo: '○',
  sent: '✓',
  sending: '↑',
  pending: '…',
  offline: '⏸',
  action: '!',
};

export function SyncBadge() {
  const view = useSyncView();
  if (!view) return null;
  return (
    <span role="status" class="sync-badge-live">
      <a href="/enroll" class="sync-badge-link">
        <SyncLabel state={view.state} unconfirmed={view.overview.unconfirmed} />
      </a>
    </span>
  );
}

export function SyncLabel({ state, unconfirmed }: { state: SyncBadgeState; unconfirmed: number }) {
  const t = useT().syncBadge;
  const text = {
    demo: t.notEnrolled,
    sent: t.allSent,
    sending: t.sending,
    pending: t.unsent(unconfirmed),
    offline: t.offline(unconfirmed),
    action: t.needsAction,
  }[state];
  return (
    <span
      class="sync-badge status-pill"
      data-state={state}
      data-testid="sync-status"
      data-unsent={unconfirmed}
      title={t.badgeLabel}
    >
      <span class="sync-glyph" aria-hidden="true">
        {GLYPH[state]}
      </span>
      {text}
    </span>
  );
}
