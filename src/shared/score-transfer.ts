/**
 * A score file in the compact form that travels as QR codes. A QR code holds about a kilobyte, so
 * what the receiver can work out again is left out: each bundle's prevHash when it is the hash of the
 * bundle before it (the receiver hashes that one), its version, toSeq and every change's seq (the
 * seqs run on from fromSeq), and the event, juror and device ids the manifest already names. The
 * rest — ids, times, values, signatures — travels unchanged, so expanding gives back the very file:
 * every signature is checked again by the server, and a single character expanded wrongly would make
 * the file fail as tampered, never change a score.
 */
import * as v from 'valibot';
import { BUNDLE_VERSION, bundleHash, type ScoreBundle } from '#shared/bundle.ts';
import { Hex64Schema } from '#shared/hex-schema.ts';
import {
  SCORE_FILE_FORMAT,
  SCORE_FILE_VERSION,
  type ScoreFile,
  ScoreFileManifestSchema,
} from '#shared/score-file.ts';
import { SeqSchema } from '#shared/seq.ts';
import { ChangeKindSchema, ChangeValueSchema, ScoreSheetSchema } from '#shared/sheet-schema.ts';

export const TRANSFER_VERSION = 1;

/** [teamId, kind, criterionId, oldValue, newValue, at] with the reason, when there is one, last. */
const COMPACT_CHANGE = [
  v.string(),
  ChangeKindSchema,
  v.nullable(v.string()),
  ChangeValueSchema,
  ChangeValueSchema,
  v.string(),
] as const;
const CompactChangeSchema = v.union([v.tuple(COMPACT_CHANGE), v.tuple([...COMPACT_CHANGE, v.string()])]);

const CompactBundleSchema = v.strictObject({
  /** bundleId, createdAt, signature, fromSeq */
  i: v.string(),
  c: v.string(),
  s: Hex64Schema,
  f: SeqSchema,
  /** prevHash, only when it is not the hash of the bundle before. */
  p: v.optional(Hex64Schema),
  /** deviceId, only when it is not the manifest's. */
  d: v.optional(v.string()),
  x: v.pipe(v.array(CompactChangeSchema), v.minLength(1)),
});
type CompactBundle = v.InferOutput<typeof CompactBundleSchema>;

export const CompactScoreFileSchema = v.strictObject({
  v: v.literal(TRANSFER_VERSION),
  manifest: ScoreFileManifestSchema,
  signature: Hex64Schema,
  bundles: v.array(CompactBundleSchema),
  sheets: v.array(ScoreSheetSchema),
});
export type CompactScoreFile = v.InferOutput<typeof CompactScoreFileSchema>;

export async function compactScoreFile(file: ScoreFile): Promise<CompactScoreFile> {
  const bundles: CompactBundle[] = [];
  let previous: string | undefined;
  for (const b of file.bundles) {
    const x = b.changes.map((c): CompactBundle['x'][number] =>
      c.reason === undefined
        ? [c.teamId, c.kind, c.criterionId, c.oldValue, c.newValue, c.at]
        : [c.teamId, c.kind, c.criterionId, c.oldValue, c.newValue, c.at, c.reason],
    );
    bundles.push({
      i: b.bundleId,
      c: b.createdAt,
      s: b.signature,
      f: b.fromSeq,
      ...(b.prevHash === previous ? {} : { p: b.prevHash }),
      ...(b.deviceId === file.manifest.deviceId ? {} : { d: b.deviceId }),
      x,
    });
    previous = await bundleHash(b);
  }
  return {
    v: TRANSFER_VERSION,
    manifest: file.manifest,
    signature: file.signature,
    bundles,
    sheets: file.sheets,
  };
}

/**
 * The score file again, as an object for the shared ScoreFileSchema to check (the caller does: what
 * comes out of a camera is input like any other). A bundle without its prevHash after one that could
 * not be hashed makes the result fail that check, never guess.
 */
export async function expandScoreFile(compact: CompactScoreFile): Promise<unknown> {
  const { manifest } = compact;
  const bundles: ScoreBundle[] = [];
  let previous: string | undefined;
  for (const b of compact.bundles) {
    const prevHash = b.p ?? previous ?? '';
    const bundle: ScoreBundle = {
      version: BUNDLE_VERSION,
      bundleId: b.i,
      deviceId: b.d ?? manifest.deviceId,
      jurorId: manifest.jurorId,
      eventId: manifest.eventId,
      fromSeq: b.f,
      toSeq: b.f + b.x.length - 1,
      prevHash,
      createdAt: b.c,
      changes: b.x.map(([teamId, kind, criterionId, oldValue, newValue, at, reason], index) => ({
        seq: b.f + index,
        eventId: manifest.eventId,
        jurorId: manifest.jurorId,
        teamId,
        kind,
        criterionId,
        oldValue,
        newValue,
        at,
        ...(reason === undefined ? {} : { reason }),
      })),
      signature: b.s,
    };
    bundles.push(bundle);
    previous = await bundleHash(bundle);
  }
  return {
    format: SCORE_FILE_FORMAT,
    version: SCORE_FILE_VERSION,
    manifest,
    bundles,
    sheets: compact.sheets,
    signature: compact.signature,
  };
}
