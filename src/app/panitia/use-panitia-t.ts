/** The console's strings travel in its lazily loaded chunk: components read them with `usePanitiaT()`. */

import panitia from '#app/i18n/dict/panitia.ts';
import panitiaJurors from '#app/i18n/dict/panitia-jurors.ts';
import panitiaProgress from '#app/i18n/dict/panitia-progress.ts';
import panitiaResults from '#app/i18n/dict/panitia-results.ts';
import panitiaRubric from '#app/i18n/dict/panitia-rubric.ts';
import panitiaScoreFiles from '#app/i18n/dict/panitia-score-files.ts';
import panitiaTeams from '#app/i18n/dict/panitia-teams.ts';
import { areaHook, type Dictionary } from '#app/i18n/index.ts';

const merged = {
  id: {
    ...panitia.id,
    ...panitiaTeams.id,
    ...panitiaRubric.id,
    ...panitiaJurors.id,
    ...panitiaProgress.id,
    ...panitiaResults.id,
    ...panitiaScoreFiles.id,
  },
  en: {
    ...panitia.en,
    ...panitiaTeams.en,
    ...panitiaRubric.en,
    ...panitiaJurors.en,
    ...panitiaProgress.en,
    ...panitiaResults.en,
    ...panitiaScoreFiles.en,
  },
};

export type PanitiaDictionary = Dictionary & { panitia: (typeof merged)['id'] };

export const usePanitiaT: () => PanitiaDictionary = areaHook('panitia', merged);
