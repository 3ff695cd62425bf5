/**
 * The server's side of bundle hashing and signing, with node:crypto and synchronous: the same bytes as
 * `bundleHash` and `verifyBundleSignature` in #shared/bundle.ts (test/server/bundle-digest.test.ts holds
 * them together), without WebCrypto's key import and promise per call. Both are computed over the
 * bundle's canonical JSON — the bytes the server stores — so a stored body verifies on its own.
 */
import { createHash, createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';

export interface BundleDigest {
  /** sha256 of the bundle's canonical JSON: the receipt hash and the next bundle's prevHash. */
  hash: string;
  /** Whether the signature is the HMAC of the signing text under `secret`. */
  signed: boolean;
}

/** `canonical` is canonicalJson(bundle); `signature` the bundle's signature member. */
export function digestBundle(canonical: string, signature: string, secret: string): BundleDigest {
  const expected = Buffer.from(
    createHmac('sha256', keyOf(secret)).update(signingText(canonical, signature)).digest('hex'),
  );
  const given = Buffer.from(signature);
  const signed = given.length === expected.length && timingSafeEqual(given, expected);
  return { hash: createHash('sha256').update(canonical).digest('hex'), signed };
}

// A device's secret is turned into a key once, not on every bundle. Bounded: a server has tens of
// tablets, and a full map is simply emptied.
const keys = new Map<string, KeyObject>();

function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 1024) keys.clear();
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

/**
 * The signing text is the canonical JSON without the signature member. Keys are sorted, so that member
 * sits after "prevHash" and is written `,"signature":"…"`; no other place can hold those characters,
 * since change entries have no such key and quotes inside strings are escaped.
 */
function signingText(canonical: string, signature: string): string {
  const member = `,"signature":${JSON.stringify(signature)}`;
  const at = canonical.indexOf(member);
  if (at < 0) throw new Error('canonical bundle without its signature member');
  return canonical.slice(0, at) + canonical.slice(at + member.length);
}
