/**
 * Score bundles: a contiguous run of one device's change log, chained to the device's previous bundle
 * by hash and signed with the device secret. A bundle is built once, stored, and resent byte for byte,
 * which is what lets the server recognise a resend and answer it with the original receipt.
 */
import * as v from 'valibot';
import { canonicalJson, constantTimeEqual, hmacSha256Hex, sha256Hex } from '#shared/canonical.ts';
import { Hex64Schema } from '#shared/hex-schema.ts';
import { BundleIdSchema, DeviceIdSchema, IdSchema } from '#shared/ids.ts';
import { SeqSchema } from '#shared/seq.ts';
import { ChangeEntrySchema } from '#shared/sheet-schema.ts';

export const BUNDLE_VERSION = 1;
/** The previous-bundle hash of a device's first bundle. */
export const GENESIS_HASH = '0'.repeat(64);
export const MAX_CHANGES_PER_BUNDLE = 500;

// Strict, and without transforming actions: what passes is exactly what was signed (see
// src/server/http/read-bundle.ts for the rule on the request body itself).
export const UnsignedBundleSchema = v.strictObject({
  version: v.literal(BUNDLE_VERSION),
  bundleId: BundleIdSchema,
  deviceId: DeviceIdSchema,
  jurorId: IdSchema,
  eventId: IdSchema,
  fromSeq: SeqSchema,
  toSeq: SeqSchema,
  prevHash: Hex64Schema,
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  changes: v.pipe(v.array(ChangeEntrySchema), v.minLength(1), v.maxLength(MAX_CHANGES_PER_BUNDLE)),
});

export const ScoreBundleSchema = v.pipe(
  v.strictObject({ ...UnsignedBundleSchema.entries, signature: Hex64Schema }),
  v.forward(
    v.check(
      (b) =>
        b.toSeq - b.fromSeq + 1 === b.changes.length && b.changes.every((c, i) => c.seq === b.fromSeq + i),
      'urutan perubahan harus berurutan dari fromSeq sampai toSeq',
    ),
    ['changes'],
  ),
  v.forward(
    v.check(
      (b) => b.changes.every((c) => c.jurorId === b.jurorId && c.eventId === b.eventId),
      'setiap perubahan harus milik juri dan acara bundel ini',
    ),
    ['changes'],
  ),
);

export type UnsignedBundle = v.InferOutput<typeof UnsignedBundleSchema>;
export type ScoreBundle = v.InferOutput<typeof ScoreBundleSchema>;

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
