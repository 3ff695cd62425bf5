/** The camera-scanning strings travel with the enrollment screens, not the first load: `useEnrollT()`. */
import enroll from '#app/i18n/dict/enroll.ts';
import { areaHook, type Dictionary } from '#app/i18n/index.ts';

export type EnrollDictionary = Dictionary & { enroll: (typeof enroll)['id'] };

export const useEnrollT: () => EnrollDictionary = areaHook('enroll', enroll);
