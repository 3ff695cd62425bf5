/** Reads a request body as JSON and validates it with a shared schema, answering 400 naming the field. */
import type { Context } from 'hono';
import type * as v from 'valibot';
import { type ApiFailure, fail } from '#server/http/errors.ts';
import type { ApiErrorCode } from '#shared/api.ts';
import { parseWith } from '#shared/validation.ts';

export type BodyResult<T> = { ok: true; value: T; text: string } | { ok: false; failure: ApiFailure };

export async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  invalidCode: ApiErrorCode = 'invalid_request',
): Promise<BodyResult<v.InferOutput<S>>> {
  const text = await c.req.text();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, failure: fail('invalid_json', 'request body is not valid JSON') };
  }
  const parsed = parseWith(schema, input);
  if (!parsed.ok) return { ok: false, failure: fail(invalidCode, parsed.message) };
  return { ok: true, value: parsed.value, text };
}
