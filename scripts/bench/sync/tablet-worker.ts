/** Worker entry for one simulated tablet: its own in-memory IndexedDB, then the app's real code. */
import 'fake-indexeddb/auto';

// The app's Dexie singleton picks up indexedDB when its module loads, so the client comes in only now.
const { runTablet } = await import('./tablet.ts');
await runTablet();
