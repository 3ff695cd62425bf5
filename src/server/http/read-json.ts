/** Reads a request body as JSON and validates it with a shared schema, answering 400 naming the field. */
import type { Context } from 'hono';
import type * as v from 'valibot';
import { type ApiFailure, fail } from '#server/http/errors.ts';
import { readJsonText } from '#server/http/read-body.ts';
import type { ApiErrorCode } from '#shared/api.ts';
import { parseWith } from '#shared/validation.ts';

export type BodyResult<T> = { ok: true; value: T; text: string } | { ok: false; failure: ApiFailure };

export async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  invalidCode: ApiErrorCode = 'invalid_request',
  maxBytes?: number,
): Promise<BodyResult<v.InferOutput<S>>> {
  const body = await readJsonText(c, maxBytes);
  if (!body.ok) return body;
  const json = parseJsonText(body.text);
  if (!json.ok) return json;
  const parsed = parseWith(schema, json.value);
  if (!parsed.ok) return { ok: false, failure: fail(invalidCode, parsed.message) };
  return { ok: true, value: parsed.value, text: body.text };
}

export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; failure: ApiFailure } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, failure: fail('invalid_json', 'request body is not valid JSON') };
  }
}
