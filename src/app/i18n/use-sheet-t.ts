/**
 * The score sheet's strings travel in the score sheet's lazily loaded chunk, not in the first load:
 * components of the sheet read them, with the common strings, through `useSheetT()`.
 */
import sheet from '#app/i18n/dict/sheet.ts';
import { areaHook, type Dictionary } from '#app/i18n/index.ts';

export type SheetDictionary = Dictionary & { sheet: (typeof sheet)['id'] };

export const useSheetT: () => SheetDictionary = areaHook('sheet', sheet);
