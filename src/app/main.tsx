import { render } from 'preact';
import { App } from '#app/app.tsx';
import { afterFirstScreen } from '#app/first-screen.ts';
import '#app/styles/base.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
// The service worker, the connection probe and the upload machinery (bundling, signing, retries),
// loaded from the precache, start once the first screen is painted.
afterFirstScreen(() => {
  void import('#app/pwa/start-pwa.ts')
    .then(({ startPwa }) => startPwa())
    .catch((error: unknown) => console.error('pwa', error));
  void import('#app/sync/start-sync.ts')
    .then(({ startSync }) => startSync())
    .catch((error: unknown) => console.error('sync', error));
});
