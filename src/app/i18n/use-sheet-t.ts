/**
 * The score sheet's strings travel in the score sheet's lazily loaded chunk, not in the first load:
 * components of the sheet read them, with the common strings, through `useSheetT()`.
 */
import sheet from './dict/sheet.ts';
import { type Dictionary, dictionary, useLang } from './index.ts';

export type SheetDictionary = Dictionary & { sheet: (typeof sheet)['id'] };

const withSheet = {
  id: { ...dictionary('id'), sheet: sheet.id },
  en: { ...dictionary('en'), sheet: sheet.en },
} satisfies Record<'id' | 'en', SheetDictionary>;

export function useSheetT(): SheetDictionary {
  return withSheet[useLang()];
}
