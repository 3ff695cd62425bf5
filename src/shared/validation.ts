/** Turns a valibot result into one plain message that names the failing field, for users and API clients. */
import * as v from 'valibot';

export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? '(root)';
  return { ok: false, field, message: `${field}: ${issue.message}` };
}
