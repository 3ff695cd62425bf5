/**
 * Writes docs/score-file.schema.json, the JSON Schema of the `.juri` score file, generated from the
 * shared valibot schema the server and the tablet use (#shared/score-file.ts), so the documented
 * format cannot drift from the code: test/build/score-file-schema.test.ts fails when it is stale.
 * Run: npx tsx scripts/score-file-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { SCORE_FILE_FORMAT, SCORE_FILE_VERSION, ScoreFileSchema } from '#shared/score-file.ts';

export const SCHEMA_PATH = resolve(fileURLToPath(new URL('../docs/score-file.schema.json', import.meta.url)));

/** The schema as written to the docs; checks that JSON Schema cannot express are left to the prose. */
export function scoreFileJsonSchema(): string {
  const schema = toJsonSchema(ScoreFileSchema, { errorMode: 'ignore' });
  const documented = {
    ...schema,
    $id: `https://juri.example/schemas/${SCORE_FILE_FORMAT}-v${SCORE_FILE_VERSION}.json`,
    title: `Juri score file (${SCORE_FILE_FORMAT}, version ${SCORE_FILE_VERSION})`,
    description:
      'A juror’s signed score bundles, sheets and manifest, as canonical JSON. See docs/score-file.md for the signature, the hash chain and the rules JSON Schema cannot express.',
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, scoreFileJsonSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
