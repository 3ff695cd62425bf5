/**
 * Canonical JSON: object keys sorted, no whitespace, undefined members dropped. The signature and the
 * hash chain are computed over these bytes, so tablet and server must agree on them exactly.
 */
import { toHex } from '#shared/hex.ts';
import { encodeUtf8, subtle } from '#shared/runtime.ts';

// Written as loops over sorted keys rather than entries/filter/map/join: the server runs this on
// every bundle it receives, and the tablet on every bundle it signs.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i] ?? null);
    return `${out}]`;
  }
  if (typeof value === 'object') {
    // The default sort compares UTF-16 code units, as the tablet and the server must agree.
    const keys = Object.keys(value).sort();
    let out = '{';
    for (const key of keys) {
      const member: unknown = Reflect.get(value, key);
      if (member === undefined) continue;
      out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(member)}`;
    }
    return `${out}}`;
  }
  throw new TypeError(`canonicalJson: unsupported ${typeof value}`);
}

export async function sha256Hex(text: string): Promise<string> {
  return toHex(await subtle().digest('SHA-256', encodeUtf8(text)));
}

export async function hmacSha256Hex(secret: string, text: string): Promise<string> {
  const key = await subtle().importKey('raw', encodeUtf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toHex(await subtle().sign('HMAC', key, encodeUtf8(text)));
}

/** Compares two hex strings without stopping at the first difference. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
