/**
 * What the juror can do about updates. The guard lives here: the waiting worker takes over only on
 * the juror's tap, with no sheet open and nothing waiting to be sent; the page then reloads.
 */

import { readUpdateBlocker, type UpdateBlocker } from '#app/pwa/update-gate.ts';
import { useUpdateState } from '#app/pwa/update-store.ts';
import { useUi } from '#app/store/ui-store.ts';

const APPLY_FALLBACK_MS = 10_000;

/** Re-checks the conditions (the banner's view may be a moment old), then lets the new worker take over. */
export async function applyUpdate(): Promise<UpdateBlocker | null> {
  const { phase, activateWaiting } = useUpdateState.getState();
  if (phase !== 'waiting' || !activateWaiting) return null;
  const blocker = await readUpdateBlocker();
  if (blocker) return blocker;
  useUpdateState.setState({ phase: 'applying' });
  await activateWaiting();
  // Should the takeover never be reported (the waiting worker vanished), a reload still loads whatever
  // version is current now, rather than leaving the banner stuck on "Memperbarui…".
  setTimeout(reloadWhenSafe, APPLY_FALLBACK_MS);
  return null;
}

/** Asks the server for a newer version now (the browser also checks on navigation). */
export async function checkForUpdate(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  await registration?.update().catch(() => undefined);
}

/**
 * The new worker controls this tab. If this tab asked, no sheet is open: reload at once. If another
 * tab of the app applied the update, wait until no sheet is open here rather than reload under the
 * juror's hands.
 */
export function reloadWhenSafe(): void {
  if (useUi.getState().openSheetTeamId === null) {
    window.location.reload();
    return;
  }
  const unsubscribe = useUi.subscribe((s) => {
    if (s.openSheetTeamId !== null) return;
    unsubscribe();
    window.location.reload();
  });
}
