/**
 * The server's side of bundle hashing and signing, with node:crypto and synchronous: the same bytes as
 * `bundleHash` and `verifyBundleSignature` in #shared/bundle.ts (test/server/bundle-digest.test.ts holds
 * them together), without WebCrypto's key import and promise per call, and with the canonical encoding
 * of the changes computed once for both the signature and the hash.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { bundleSigningText, type ScoreBundle } from '#shared/bundle.ts';

export interface BundleDigest {
  /** sha256 of the bundle's canonical JSON: the receipt hash and the next bundle's prevHash. */
  hash: string;
  /** Whether the signature is the HMAC of the signing text under `secret`. */
  signed: boolean;
}

export function digestBundle(bundle: ScoreBundle, secret: string): BundleDigest {
  const signingText = bundleSigningText(bundle);
  const expected = Buffer.from(createHmac('sha256', secret).update(signingText).digest('hex'));
  const given = Buffer.from(bundle.signature);
  const signed = given.length === expected.length && timingSafeEqual(given, expected);
  const hash = createHash('sha256').update(withSignature(signingText, bundle.signature)).digest('hex');
  return { hash, signed };
}

/**
 * The canonical JSON of the signed bundle is the signing text with one more member: keys are sorted,
 * so "signature" sits right before "toSeq". The top-level key is the only `,"toSeq":` in the text:
 * change entries have no such key and quotes inside strings are escaped.
 */
function withSignature(signingText: string, signature: string): string {
  const at = signingText.lastIndexOf(',"toSeq":');
  if (at < 0) throw new Error('bundle signing text without toSeq');
  return `${signingText.slice(0, at)},"signature":${JSON.stringify(signature)}${signingText.slice(at)}`;
}
