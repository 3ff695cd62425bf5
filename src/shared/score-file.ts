/**
 * The score file (`.juri`): what a tablet hands over when the network cannot — its juror's signed
 * bundles exactly as the server would receive them, the sheets as the tablet shows them, and a
 * manifest saying whose they are. The whole file is canonical JSON (#shared/canonical.ts) signed with
 * the device secret, so the organizer's server, which holds that secret, can tell a genuine file
 * from an edited one: each bundle's own signature and hash chain guard the scores, the file's
 * signature guards the manifest and sheets around them. Documented in docs/score-file.md; the JSON
 * Schema there is generated from ScoreFileSchema (scripts/score-file-schema.ts).
 */
import * as v from 'valibot';
import { type ScoreBundle, ScoreBundleSchema } from '#shared/bundle-schema.ts';
import { canonicalJson, constantTimeEqual, hmacSha256Hex } from '#shared/canonical.ts';
import { Hex64Schema } from '#shared/hex-schema.ts';
import { DeviceIdSchema, IdSchema } from '#shared/ids.ts';
import { SeqSchema } from '#shared/seq.ts';
import { ScoreSheetSchema } from '#shared/sheet-schema.ts';

export const SCORE_FILE_FORMAT = 'juri-score-file';
export const SCORE_FILE_VERSION = 1;
export const SCORE_FILE_EXTENSION = '.juri';
/** More than any tablet holds: bounds what a reader walks before it checks a signature. */
export const MAX_FILE_BUNDLES = 5_000;
export const MAX_FILE_SHEETS = 5_000;

/** 'all': every bundle of the juror the tablet holds; 'unsent': only those the server never confirmed. */
export const ScoreFileScopeSchema = v.picklist(['all', 'unsent']);
export type ScoreFileScope = v.InferOutput<typeof ScoreFileScopeSchema>;

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ScoreFileManifestSchema = v.strictObject({
  eventId: IdSchema,
  eventName: v.pipe(v.string(), v.maxLength(300)),
  jurorId: IdSchema,
  jurorName: v.pipe(v.string(), v.maxLength(300)),
  /** The device that made and signed the file: its secret verifies the file's signature. */
  deviceId: DeviceIdSchema,
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  appVersion: v.pipe(v.string(), v.maxLength(100)),
  scope: ScoreFileScopeSchema,
  counts: v.strictObject({
    bundles: CountSchema,
    changes: CountSchema,
    sheets: CountSchema,
    /**
     * Changes the tablet holds but could not sign into a bundle before this file was made (its storage
     * refused the write): they are in the sheets and the readable copy, not in any bundle.
     */
    unbundledChanges: CountSchema,
  }),
  /** The first and last change seq the bundles carry; absent when there is no bundle. */
  fromSeq: v.optional(SeqSchema),
  toSeq: v.optional(SeqSchema),
});
export type ScoreFileManifest = v.InferOutput<typeof ScoreFileManifestSchema>;

const UnsignedScoreFileEntries = {
  format: v.literal(SCORE_FILE_FORMAT),
  version: v.literal(SCORE_FILE_VERSION),
  manifest: ScoreFileManifestSchema,
  /** In seq order, each exactly as signed. */
  bundles: v.pipe(v.array(ScoreBundleSchema), v.maxLength(MAX_FILE_BUNDLES)),
  sheets: v.pipe(v.array(ScoreSheetSchema), v.maxLength(MAX_FILE_SHEETS)),
};

export const UnsignedScoreFileSchema = v.strictObject(UnsignedScoreFileEntries);
export type UnsignedScoreFile = v.InferOutput<typeof UnsignedScoreFileSchema>;

export const ScoreFileSchema = v.pipe(
  v.strictObject({
    ...UnsignedScoreFileEntries,
    /** HMAC-SHA256, under the secret of manifest.deviceId, of the file's canonical JSON without this member. */
    signature: Hex64Schema,
  }),
  v.forward(
    v.check(
      (f) => f.bundles.every((b, i) => i === 0 || b.fromSeq > (f.bundles[i - 1]?.toSeq ?? 0)),
      'bundel harus berurutan menurut seq',
    ),
    ['bundles'],
  ),
  v.forward(
    v.check(
      (f) => f.bundles.every((b) => b.jurorId === f.manifest.jurorId && b.eventId === f.manifest.eventId),
      'setiap bundel harus milik juri dan acara berkas ini',
    ),
    ['bundles'],
  ),
  v.forward(
    v.check(
      (f) => f.sheets.every((s) => s.jurorId === f.manifest.jurorId && s.eventId === f.manifest.eventId),
      'setiap lembar harus milik juri dan acara berkas ini',
    ),
    ['sheets'],
  ),
  v.forward(
    v.check(
      (f) =>
        f.manifest.counts.bundles === f.bundles.length &&
        f.manifest.counts.sheets === f.sheets.length &&
        f.manifest.counts.changes === f.bundles.reduce((n, b) => n + b.changes.length, 0),
      'jumlah di manifest tidak cocok dengan isi berkas',
    ),
    ['manifest', 'counts'],
  ),
);
export type ScoreFile = v.InferOutput<typeof ScoreFileSchema>;

export function scoreFileSigningText(file: UnsignedScoreFile): string {
  const { format, version, manifest, bundles, sheets } = file;
  return canonicalJson({ format, version, manifest, bundles, sheets });
}

export async function signScoreFile(file: UnsignedScoreFile, secret: string): Promise<ScoreFile> {
  return { ...file, signature: await hmacSha256Hex(secret, scoreFileSigningText(file)) };
}

export async function verifyScoreFileSignature(file: ScoreFile, secret: string): Promise<boolean> {
  return constantTimeEqual(await hmacSha256Hex(secret, scoreFileSigningText(file)), file.signature);
}

/** The manifest's seq range and counts for these bundles and sheets. */
export function describeContents(
  bundles: readonly ScoreBundle[],
  sheetCount: number,
  unbundledChanges: number,
): Pick<ScoreFileManifest, 'counts' | 'fromSeq' | 'toSeq'> {
  const counts = {
    bundles: bundles.length,
    changes: bundles.reduce((n, b) => n + b.changes.length, 0),
    sheets: sheetCount,
    unbundledChanges,
  };
  const first = bundles[0];
  const last = bundles.at(-1);
  return first && last ? { counts, fromSeq: first.fromSeq, toSeq: last.toSeq } : { counts };
}
