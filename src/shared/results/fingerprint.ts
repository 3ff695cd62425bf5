/**
 * The fingerprint printed in the berita acara, tying the document to the data it was computed from:
 *     SHA-256 of canonicalJson({ format: 'juri-bundles-v1', eventId, bundles: [h₁, h₂, …] })
 * where each hᵢ is recomputed here from the bundle's content (SHA-256 of its canonical JSON — the hash
 * its receipt and the device's next prevHash carry), in the order device id, then fromSeq: fixed by
 * the data, not by when bundles arrived. Anyone holding the bundles can recompute it. SHA-256 is
 * WebCrypto's by default; the server passes node:crypto's, which is the same function, only without a
 * promise per bundle (15,000 at national scale).
 */
import type { ScoreBundle } from '#shared/bundle.ts';
import { canonicalJson, sha256Hex } from '#shared/canonical.ts';

export const FINGERPRINT_FORMAT = 'juri-bundles-v1';

/** SHA-256 of a text's UTF-8 bytes, as lowercase hex. */
export type Sha256 = (text: string) => string | Promise<string>;

export interface Fingerprint {
  fingerprint: string;
  /** Each bundle's recomputed content hash, by bundle id. */
  hashes: Map<string, string>;
}

export async function fingerprintBundles(
  eventId: string,
  bundles: readonly ScoreBundle[],
  sha256: Sha256 = sha256Hex,
  /** Content hashes already computed from these very bundles, by bundle id (not the receipts'). */
  known: ReadonlyMap<string, string> = new Map(),
): Promise<Fingerprint> {
  const ordered = [...bundles].sort((a, b) =>
    a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.fromSeq - b.fromSeq,
  );
  // The content hash of bundle.ts's bundleHash: SHA-256 of the bundle's canonical JSON. Awaited only
  // where one is still a promise (WebCrypto): a promise per known hash cost more than the hashing.
  const found = ordered.map((bundle) => known.get(bundle.bundleId) ?? sha256(canonicalJson(bundle)));
  const hashes = found.every((h): h is string => typeof h === 'string') ? found : await Promise.all(found);
  const fingerprint = await sha256(canonicalJson({ format: FINGERPRINT_FORMAT, eventId, bundles: hashes }));
  return { fingerprint, hashes: new Map(ordered.map((b, i) => [b.bundleId, hashes[i] ?? ''])) };
}
