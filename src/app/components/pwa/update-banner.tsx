/**
 * Non-blocking notice that a new version waits. Tapping update is possible only when it is safe;
 * otherwise the banner says what it waits for. Nothing reloads without the juror's tap.
 */
import { type Dictionary, useT } from '#app/i18n/index.ts';
import { applyUpdate } from '#app/pwa/update-actions.ts';
import type { UpdateBlocker } from '#app/pwa/update-gate.ts';
import { useUpdate } from '#app/pwa/use-update.ts';
import '#app/styles/pwa.css';

export function UpdateBanner() {
  const t = useT();
  const { phase, blocker } = useUpdate();
  if (phase === 'idle') return null;
  // applyUpdate() re-checks from the database; if it refuses, the live blocker shows why a moment later.
  const apply = () => void applyUpdate();
  return (
    <div class="update-banner" role="status" data-testid="update-banner">
      <strong>{t.pwa.updateTitle}</strong>
      <span class="update-reason">{blocker ? blockerText(t, blocker) : t.pwa.updateReady}</span>
      <button
        type="button"
        class="btn btn-primary"
        data-testid="update-apply"
        disabled={blocker !== null || phase === 'applying'}
        onClick={apply}
      >
        {phase === 'applying' ? t.pwa.updateApplying : t.pwa.updateApply}
      </button>
    </div>
  );
}

function blockerText(t: Dictionary, blocker: UpdateBlocker): string {
  switch (blocker.kind) {
    case 'sheet-open':
      return t.pwa.updateWaitSheet;
    case 'unsent':
      return t.pwa.updateWaitUnsent(blocker.count);
    case 'checking':
      return t.pwa.updateWaitChecking;
  }
}
