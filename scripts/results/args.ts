/** Command-line options of `npm run results`, validated like any other input at the edge. */
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { ID_PATTERN } from '#shared/ids.ts';
import { parseWith } from '#shared/validation.ts';

export const USAGE = 'usage: npm run results -- --event ID [--data DIR] [--top 6,3] [--json]';

const ResultsArgsSchema = v.object({
  event: v.pipe(
    v.string('--event wajib diisi'),
    v.regex(ID_PATTERN, '--event harus id acara (huruf kecil, angka, tanda hubung)'),
  ),
  data: v.optional(v.pipe(v.string(), v.minLength(1, '--data tidak boleh kosong'))),
  top: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[1-9]\d{0,3}(,[1-9]\d{0,3})*$/, '--top harus angka dipisah koma, mis. 6,3'),
      v.transform((text) => text.split(',').map(Number)),
    ),
  ),
  json: v.optional(v.boolean(), false),
});
export type ResultsArgs = v.InferOutput<typeof ResultsArgsSchema>;

export function parseResultsArgs(
  argv: readonly string[],
): { ok: true; args: ResultsArgs } | { ok: false; message: string } {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        event: { type: 'string' },
        data: { type: 'string' },
        top: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)}\n${USAGE}` };
  }
  const parsed = parseWith(ResultsArgsSchema, values);
  return parsed.ok ? { ok: true, args: parsed.value } : { ok: false, message: `${parsed.message}\n${USAGE}` };
}
