/**
 * The score bundle's schemas (#shared/bundle.ts signs and hashes). A module of their own so that
 * the tablet's first load, which signs and hashes, does not carry the validation only the edges run
 * (the server, an imported score file).
 */
import * as v from 'valibot';
import { BUNDLE_VERSION, MAX_CHANGES_PER_BUNDLE } from '#shared/bundle.ts';
import { Hex64Schema } from '#shared/hex-schema.ts';
import { BundleIdSchema, DeviceIdSchema, IdSchema } from '#shared/ids.ts';
import { SeqSchema } from '#shared/seq.ts';
import { ChangeEntrySchema } from '#shared/sheet-schema.ts';

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
