/**
 * The strings of the screens a juror meets once (enrollment, practice mode, the integrity pact) travel
 * with those lazily loaded screens, not in the first load: `useJurorT()`.
 */
import juror from '#app/i18n/dict/juror.ts';
import { areaHook, type Dictionary } from '#app/i18n/index.ts';

export type JurorDictionary = Dictionary & { juror: (typeof juror)['id'] };

export const useJurorT: () => JurorDictionary = areaHook('juror', juror);
