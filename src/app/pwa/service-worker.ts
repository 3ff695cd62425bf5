/**
 * Service-worker registration. registerType is 'prompt': a new version installs in the background
 * and WAITS; the running tab keeps being served by the old worker and its precached chunks (so no
 * missing-chunk errors after a deploy) until the juror applies the update (update-actions.ts).
 */
import { reloadWhenSafe } from '#app/pwa/update-actions.ts';
import { useUpdateState } from '#app/pwa/update-store.ts';

let registering = false;

/** Registers the worker once; does nothing where service workers are unsupported. */
export async function registerServiceWorker(): Promise<void> {
  if (registering || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  registering = true;
  // Loaded on demand: the registration code and workbox-window stay out of the first chunk.
  const { registerSW } = await import('virtual:pwa-register');
  const activate = registerSW({
    onNeedRefresh: () => useUpdateState.setState({ phase: 'waiting' }),
    onOfflineReady: () => useUpdateState.setState({ offlineReady: true }),
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) useUpdateState.setState({ offlineReady: true });
    },
    onRegisterError: (error: unknown) => console.error('service worker registration failed', error),
    // Called once the new worker controls this tab.
    onNeedReload: reloadWhenSafe,
  });
  useUpdateState.setState({ activateWaiting: () => activate() });
}
