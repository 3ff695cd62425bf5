import { render } from 'preact';
import { App } from '#app/app.tsx';
import { startPwa } from '#app/pwa/start-pwa.ts';
import '#app/styles/base.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
startPwa();
// The upload machinery (bundling, signing, retries) loads after the first paint, from the precache.
void import('#app/sync/start-sync.ts')
  .then(({ startSync }) => startSync())
  .catch((error: unknown) => console.error('sync', error));
