/** The enrollment and sync-panel strings travel with those lazily loaded screens: `useSyncT()`. */
import sync from '#app/i18n/dict/sync.ts';
import { areaHook, type Dictionary } from '#app/i18n/index.ts';

export type SyncDictionary = Dictionary & { sync: (typeof sync)['id'] };

export const useSyncT: () => SyncDictionary = areaHook('sync', sync);
