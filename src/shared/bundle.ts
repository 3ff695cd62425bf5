/**
 * Score bundles: a contiguous run of one device's change log, chained to the device's previous bundle
 * by hash and signed with the device secret. A bundle is built once, stored, and resent byte for byte,
 * which is what lets the server recognise a resend and answer it with the original receipt.
 */
import * as v from 'valibot';
import type { ScoreBundle, UnsignedBundle } from '#shared/bundle-schema.ts';
import { canonicalJson, constantTimeEqual, hmacSha256Hex, sha256Hex } from '#shared/canonical.ts';
import { Hex64Schema } from '#shared/hex-schema.ts';

export const BUNDLE_VERSION = 1;
/** The previous-bundle hash of a device's first bundle. */
export const GENESIS_HASH = '0'.repeat(64);
export const MAX_CHANGES_PER_BUNDLE = 500;

// The schemas live in bundle-schema.ts: the tablet's first load signs and hashes, it never validates.
export type { ScoreBundle, UnsignedBundle } from '#shared/bundle-schema.ts';

/** The server's answer once a bundle is committed. */
export const BundleReceiptSchema = v.object({
  bundleId: v.string(),
  deviceId: v.string(),
  fromSeq: v.number(),
  toSeq: v.number(),
  hash: Hex64Schema,
  receivedAt: v.string(),
});
export type BundleReceipt = v.InferOutput<typeof BundleReceiptSchema>;

export function bundleSigningText(bundle: UnsignedBundle): string {
  const { version, bundleId, deviceId, jurorId, eventId, fromSeq, toSeq, prevHash, createdAt, changes } =
    bundle;
  return canonicalJson({
    version,
    bundleId,
    deviceId,
    jurorId,
    eventId,
    fromSeq,
    toSeq,
    prevHash,
    createdAt,
    changes,
  });
}

export async function signBundle(bundle: UnsignedBundle, secret: string): Promise<ScoreBundle> {
  return { ...bundle, signature: await hmacSha256Hex(secret, bundleSigningText(bundle)) };
}

export async function verifyBundleSignature(bundle: ScoreBundle, secret: string): Promise<boolean> {
  const expected = await hmacSha256Hex(secret, bundleSigningText(bundle));
  return constantTimeEqual(expected, bundle.signature);
}

/** The link the next bundle of the same device must carry as prevHash. */
export async function bundleHash(bundle: ScoreBundle): Promise<string> {
  return sha256Hex(canonicalJson(bundle));
}
