/** Transient UI state only. Scores, sheets and sessions live in IndexedDB (src/app/db). */

import { createJSONStorage, persist } from 'zustand/middleware';
import { create } from './create.ts';

export type Lang = 'id' | 'en';

interface UiState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The team whose sheet is open on screen; an app update must wait while a sheet is open. */
  openSheetTeamId: string | null;
  setOpenSheet: (teamId: string | null) => void;
}

// The language is a display preference, not juror data, so localStorage is the right home for it.
export const useUi = create<UiState>()(
  persist(
    (set) => ({
      lang: 'id',
      setLang: (lang) => set({ lang }),
      openSheetTeamId: null,
      setOpenSheet: (openSheetTeamId) => set({ openSheetTeamId }),
    }),
    {
      name: 'juri-ui',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ lang: s.lang }),
    },
  ),
);
