/**
 * The documented score-file format stays the code's: docs/score-file.schema.json is what the shared
 * valibot schema generates today (regenerate with `npx tsx scripts/score-file-schema.ts`), and a
 * file the tablet writes has exactly the members that schema requires.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, scoreFileJsonSchema } from '../../scripts/score-file-schema.ts';
import { jurorEventFile } from '../fixtures/juror-event.ts';

describe('docs/score-file.schema.json', () => {
  it('is generated from the shared schema as it is now', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(scoreFileJsonSchema());
  });

  it('names the members a score file has, no more and no fewer', async () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    const file = await jurorEventFile('per-team');
    expect(Object.keys(file).sort()).toEqual([...schema.required].sort());
    expect(schema.additionalProperties).toBe(false);
    const manifest = schema.properties.manifest;
    expect(Object.keys(file.manifest).sort()).toEqual(Object.keys(manifest.properties).sort());
    expect(Object.keys(file.bundles[0] ?? {}).sort()).toEqual(
      Object.keys(schema.properties.bundles.items.properties).sort(),
    );
  });
});
