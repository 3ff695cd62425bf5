/** The berita acara's console strings, with the console's own: its screens read them with `useMinutesT()`. */
import minutes from '#app/i18n/dict/panitia-berita-acara.ts';
import { areaHook } from '#app/i18n/index.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';

const useMinutesOnly = areaHook('minutes', minutes);

export function useMinutesT() {
  return { ...usePanitiaT(), minutes: useMinutesOnly().minutes };
}
