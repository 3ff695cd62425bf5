/**
 * POST /api/admin/events/:eventId/score-files: the organizer imports one score file (the body is the
 * `.juri` file's text, exactly as the tablet wrote it) and gets one report for it. A file is taken
 * whole or not at all, so the report names one outcome; the console words it from its dictionary.
 */
import * as v from 'valibot';

/** Largest score file the import reads: see docs/score-file.md for why this size. */
export const MAX_SCORE_FILE_BYTES = 8 * 1024 * 1024;

export const IMPORT_OUTCOMES = [
  /** New bundles were stored (some may have been there already). */
  'accepted',
  /** Every bundle was already on the server (over the network or an earlier import): nothing changed. */
  'already_had',
  /** A bundle disagrees with what the server holds (same id with other content, overlapping seqs, a sheet rule). */
  'conflict',
  /** The server lacks earlier changes of this device: import the older file (or sync) first. */
  'incomplete',
  /** A signature or the hash chain does not verify: the file was changed after the tablet made it. */
  'tampered',
  /** Not a score file at all, or not one this server reads (not JSON, wrong format, cut off). */
  'invalid',
  /** The file is for another event than the one it was imported into. */
  'wrong_event',
  /** The server never enrolled the device that signed it. */
  'unknown_device',
  /** The device's access was revoked before these bundles arrived: its chain cannot move any more. */
  'revoked_device',
] as const;
export const ImportOutcomeSchema = v.picklist(IMPORT_OUTCOMES);
export type ImportOutcome = v.InferOutput<typeof ImportOutcomeSchema>;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Replies are plain objects, not strict: a newer server may add a member. */
export const ScoreFileReportSchema = v.object({
  /** The file's name as the console sent it (query `name`), to word the report. */
  fileName: v.string(),
  outcome: ImportOutcomeSchema,
  /** For logs and other tools; the console words the outcome itself. */
  message: v.string(),
  eventId: v.nullable(v.string()),
  jurorId: v.nullable(v.string()),
  deviceId: v.nullable(v.string()),
  bundles: Count,
  /** Bundles stored by this import. */
  accepted: Count,
  /** Bundles the server already held, byte for byte. */
  alreadyHad: Count,
  /** Changes stored by this import. */
  changesAccepted: Count,
  /** The bundle that stopped the import, when one did. */
  failedBundleId: v.optional(v.string()),
});
export type ScoreFileReport = v.InferOutput<typeof ScoreFileReportSchema>;

export const ScoreFileImportResponseSchema = v.object({ report: ScoreFileReportSchema });
export type ScoreFileImportResponse = v.InferOutput<typeof ScoreFileImportResponseSchema>;

/** The file name the console may pass along: the last path segment, bounded. */
export const ScoreFileNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));
