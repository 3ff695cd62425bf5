/**
 * Dictionaries, one file per area under dict/, each with `id` (default) and `en` of the same shape,
 * so a missing English string is a type error. Screens read strings with `useT()`.
 * The score sheet's, the sync screens' and the first screens' (enrollment, practice, pact) strings
 * load with their chunks: see `use-sheet-t.ts`, `use-sync-t.ts` and `use-juror-t.ts`.
 */

import common from '#app/i18n/dict/common.ts';
import pwa from '#app/i18n/dict/pwa.ts';
import schedule from '#app/i18n/dict/schedule.ts';
import syncBadge from '#app/i18n/dict/sync-badge.ts';
import { type Lang, useUi } from '#app/store/ui-store.ts';

const dictionaries = {
  id: {
    common: common.id,
    schedule: schedule.id,
    pwa: pwa.id,
    syncBadge: syncBadge.id,
  },
  en: {
    common: common.en,
    schedule: schedule.en,
    pwa: pwa.en,
    syncBadge: syncBadge.en,
  },
} satisfies Record<Lang, unknown>;

export type Dictionary = (typeof dictionaries)['id'];

export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/** The strings of the current language; re-renders when the juror switches language. */
export function useT(): Dictionary {
  return dictionary(useUi((s) => s.lang));
}

export function useLang(): Lang {
  return useUi((s) => s.lang);
}

/**
 * A hook for the common strings plus one area's strings that travel in a lazily loaded chunk (the
 * area's dictionary is imported by the chunk's own hook file, not by this one).
 */
export function areaHook<K extends string, D>(
  key: K,
  area: Record<Lang, D>,
): () => Dictionary & Record<K, D> {
  const merged = {
    id: { ...dictionary('id'), [key]: area.id },
    en: { ...dictionary('en'), [key]: area.en },
  } as Record<Lang, Dictionary & Record<K, D>>;
  return () => merged[useLang()];
}
