/** The enrollment and sync-panel strings travel with those lazily loaded screens: `useSyncT()`. */
import sync from './dict/sync.ts';
import { type Dictionary, dictionary, useLang } from './index.ts';

export type SyncDictionary = Dictionary & { sync: (typeof sync)['id'] };

const withSync = {
  id: { ...dictionary('id'), sync: sync.id },
  en: { ...dictionary('en'), sync: sync.en },
} satisfies Record<'id' | 'en', SyncDictionary>;

export function useSyncT(): SyncDictionary {
  return withSync[useLang()];
}
