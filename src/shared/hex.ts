/**
 * Lower-case hexadecimal: how hashes, signatures and random ids travel. One encoder, so a digest
 * computed on the tablet and one computed on the server are the same characters.
 */
import * as v from 'valibot';

/** A SHA-256 digest or HMAC-SHA256 signature: 64 lower-case hex digits. */
export const Hex64Schema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'harus 64 digit heksadesimal'));

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const b of view) out += b.toString(16).padStart(2, '0');
  return out;
}
