/**
 * Lower-case hexadecimal: how hashes, signatures and random ids travel. One encoder, so a digest
 * computed on the tablet and one computed on the server are the same characters. The schema for a
 * 64-digit digest is in hex-schema.ts: the tablet's save path encodes ids without the validation library.
 */

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const b of view) out += b.toString(16).padStart(2, '0');
  return out;
}
