/**
 * The rule for a bundle's request body, so that what is stored is exactly what was verified:
 * the body must be the JSON of a valid bundle and nothing else — no whitespace, no duplicate or
 * unknown members, numbers and strings written the one way JSON.stringify writes them. The server
 * then stores the bundle's canonical JSON (#shared/canonical.ts), which is what the signature and
 * the hash chain are computed over, so the stored bytes verify on their own and no reader can take
 * a different meaning from them (a duplicate key read first-wins by one parser, last-wins by another).
 *
 * The tablet sends the canonical JSON itself, so the body IS the stored bytes and one comparison
 * proves it. Key order alone is tolerated: a tablet built before this rule sends the same JSON with
 * keys in the order it built them, and refusing it would strand its outbox — an app update waits for
 * an empty outbox. Reordering keys changes no value, and it is done before verification.
 */
import type { Context } from 'hono';
import { type ApiFailure, fail } from '#server/http/errors.ts';
import { readJsonText } from '#server/http/read-body.ts';
import { parseJsonText } from '#server/http/read-json.ts';
import { type ScoreBundle, ScoreBundleSchema } from '#shared/bundle-schema.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { parseWith } from '#shared/validation.ts';

export type BundleBody =
  | { ok: true; bundle: ScoreBundle; canonical: string }
  | { ok: false; failure: ApiFailure };

export async function readBundle(c: Context): Promise<BundleBody> {
  const body = await readJsonText(c);
  if (!body.ok) return body;
  return parseBundleBody(body.text);
}

export function parseBundleBody(text: string): BundleBody {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  // The schema first: it is strict and bounded, so nothing below walks an unbounded structure.
  const parsed = parseWith(ScoreBundleSchema, json.value);
  if (!parsed.ok) return { ok: false, failure: fail('invalid_bundle', parsed.message) };
  const canonical = canonicalJson(parsed.value);
  if (canonical === text) return { ok: true, bundle: parsed.value, canonical };
  // JSON.parse keeps the text's key order, so this re-encodes the body exactly unless it has
  // whitespace, a duplicate key (one member fewer), or a number or string written another way.
  if (JSON.stringify(json.value) === text) return { ok: true, bundle: parsed.value, canonical };
  return {
    ok: false,
    failure: fail(
      'invalid_bundle',
      `body must be the bundle's JSON and nothing else (no whitespace, no duplicate keys, numbers and strings as JSON.stringify writes them); it differs at character ${firstDifference(text, JSON.stringify(json.value))}`,
    ),
  };
}

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}
