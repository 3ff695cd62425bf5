/** Transient UI state only. Scores, sheets and sessions live in IndexedDB (src/app/db). */
import { create } from '#app/store/create.ts';
import type { Lang } from '#shared/locale.ts';

export type { Lang } from '#shared/locale.ts';

interface UiState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The team whose sheet is open on screen; an app update must wait while a sheet is open. */
  openSheetTeamId: string | null;
  setOpenSheet: (teamId: string | null) => void;
}

// The language is a display preference, not juror data, so localStorage is the right home for it.
// One key needs no persistence middleware (which would cost the first load ~1.5 KB).
const LANG_KEY = 'juri-lang';

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id'; // storage blocked: Indonesian, the default
  }
}

function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // storage blocked: the choice lasts until the page closes
  }
}

export const useUi = create<UiState>()((set) => ({
  lang: storedLang(),
  setLang: (lang) => {
    storeLang(lang);
    set({ lang });
  },
  openSheetTeamId: null,
  setOpenSheet: (openSheetTeamId) => set({ openSheetTeamId }),
}));
