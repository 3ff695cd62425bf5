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
  // The slot keeps its place while the overview loads, so the bar never reflows when it arrives.
  if (!view) return <span class="sync-badge-live" />;
  return (
    <span role="status" class="sync-badge-live">
      <a href="/enroll" class="sync-badge-link">
        <SyncLabel state={view.state} unconfirmed={view.overview.unconfirmed} compact />
      </a>
    </span>
  );
}

interface LabelProps {
  state: SyncBadgeState;
  unconfirmed: number;
  /** The app bar's narrow slot: a short phrase on screen, the full sentence for screen readers. */
  compact?: boolean;
}

export function SyncLabel({ state, unconfirmed, compact = false }: LabelProps) {
  const t = useT().syncBadge;
  const text = {
    demo: t.notEnrolled,
    sent: t.allSent,
    sending: t.sending,
    pending: t.unsent(unconfirmed),
    offline: t.offline(unconfirmed),
    action: t.needsAction,
  }[state];
  const short = {
    demo: t.short.demo,
    sent: t.short.sent,
    sending: t.short.sending,
    pending: t.short.pending(unconfirmed),
    offline: t.short.offline(unconfirmed),
    action: t.short.action,
  }[state];
  return (
    <span
      class={compact ? 'sync-badge status-pill pill-compact' : 'sync-badge status-pill'}
      data-state={state}
      data-testid="sync-status"
      data-unsent={unconfirmed}
      title={`${t.badgeLabel}: ${text}`}
    >
      <span class="sync-glyph" aria-hidden="true">
        {GLYPH[state]}
      </span>
      {compact ? (
        <>
          <span class="pill-text" aria-hidden="true">
            {short}
          </span>
          <span class="visually-hidden">{text}</span>
        </>
      ) : (
        <span class="pill-text">{text}</span>
      )}
    </span>
  );
}
