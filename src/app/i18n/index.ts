/**
 * Dictionaries, one file per area under dict/, each with `id` (default) and `en` of the same shape,
 * so a missing English string is a type error. Screens read strings with `useT()`.
 * The score sheet's and the sync screens' strings load with their chunks: see `use-sheet-t.ts` and
 * `use-sync-t.ts`.
 */
import { type Lang, useUi } from '../store/ui-store.ts';
import common from './dict/common.ts';
import juror from './dict/juror.ts';
import pwa from './dict/pwa.ts';
import schedule from './dict/schedule.ts';
import syncBadge from './dict/sync-badge.ts';

const dictionaries = {
  id: {
    common: common.id,
    juror: juror.id,
    schedule: schedule.id,
    pwa: pwa.id,
    syncBadge: syncBadge.id,
  },
  en: {
    common: common.en,
    juror: juror.en,
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
