/**
 * Everything the export screen does with the tablet's data, loaded only when the screen opens: sign
 * what is unsent (through the sync chunk, the loop's own code), read the source, build the files.
 */
import { readExportSource } from '#app/db/export-repo.ts';

export { buildScoreFile, exportFileName, scoreFileText } from '#app/export/build-score-file.ts';
export { readableTable } from '#app/export/readable-rows.ts';
export { SCORE_FILE_EXTENSION } from '#shared/score-file.ts';

export async function prepareExport() {
  const { bundleUnsent } = await import('#app/sync/start-sync.ts');
  return readExportSource((credential) => bundleUnsent(credential));
}
