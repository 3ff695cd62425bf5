import { render } from 'preact';
import { App } from './app.tsx';
import { ensureDemoEvent } from './db/events-repo.ts';
import { startPwa } from './pwa/start-pwa.ts';
import './styles/base.css';

// The demo event is there from the first start, so a new user sees a full event at once, offline.
void ensureDemoEvent().catch((error: unknown) => console.error('demo event', error));

const root = document.getElementById('app');
if (root) render(<App />, root);
startPwa();
// The upload machinery (bundling, signing, retries) loads after the first paint, from the precache.
void import('./sync/start-sync.ts')
  .then(({ startSync }) => startSync())
  .catch((error: unknown) => console.error('sync', error));
