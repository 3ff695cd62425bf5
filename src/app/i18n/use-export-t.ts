/** The export strings travel with the screens that offer the export (all lazily loaded): `useExportT()`. */
import exportDict from '#app/i18n/dict/export.ts';
import { areaHook, type Dictionary } from '#app/i18n/index.ts';

export type ExportDictionary = Dictionary & { exp: (typeof exportDict)['id'] };

export const useExportT: () => ExportDictionary = areaHook('exp', exportDict);
