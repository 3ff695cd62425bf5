import { render } from 'preact';
import { App } from '#app/app.tsx';
import { ensureDemoEvent } from '#app/db/events-repo.ts';
import { startPwa } from '#app/pwa/start-pwa.ts';
import '#app/styles/base.css';

// The demo event is there from the first start, so a new user sees a full event at once, offline.
void ensureDemoEvent().catch((error: unknown) => console.error('demo event', error));

const root = document.getElementById('app');
if (root) render(<App />, root);
startPwa();
// The upload machinery (bundling, signing, retries) loads after the first paint, from the precache.
void import('#app/sync/start-sync.ts')
  .then(({ startSync }) => startSync())
  .catch((error: unknown) => console.error('sync', error));
