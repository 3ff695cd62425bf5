/**
 * The organizer's import of a score file (`.juri`, #shared/score-file.ts): the file must be exactly
 * what a tablet wrote (canonical JSON, its signature verified with the secret of the device that
 * made it), and then each of its bundles goes through the same decisions as a network upload
 * (ingest.ts acceptBundle) — so a bundle that already arrived over the network is recognised by its
 * bytes and counted as already had, never stored twice. All of a file's new bundles are stored in
 * ONE savepoint of the group commit: the first bundle refused rolls the whole file back.
 */

import { digestBundle } from '#server/bundle-digest.ts';
import { parseJsonText } from '#server/http/read-json.ts';
import { acceptBundle } from '#server/ingest.ts';
import type { Store } from '#server/store/index.ts';
import type { ApiErrorCode } from '#shared/api.ts';
import { canonicalJson } from '#shared/canonical.ts';
import {
  SCORE_FILE_FORMAT,
  SCORE_FILE_VERSION,
  type ScoreFile,
  ScoreFileSchema,
  verifyScoreFileSignature,
} from '#shared/score-file.ts';
import type { ImportOutcome, ScoreFileReport } from '#shared/score-file-report.ts';
import { parseWith } from '#shared/validation.ts';

export interface ScoreFileUpload {
  /** The event the organizer is importing into. */
  eventId: string;
  fileName: string;
  text: string;
}

/** Thrown inside the file's savepoint to roll it back; carries what the report says. */
class FileRefused extends Error {
  constructor(
    readonly outcome: ImportOutcome,
    message: string,
    readonly bundleId?: string,
  ) {
    super(message);
  }
}

interface Tally {
  accepted: number;
  alreadyHad: number;
  changesAccepted: number;
}

export async function importScoreFile(
  store: Store,
  upload: ScoreFileUpload,
  now: () => Date,
): Promise<ScoreFileReport> {
  const report = (
    outcome: ImportOutcome,
    message: string,
    file?: ScoreFile,
    tally: Tally = { accepted: 0, alreadyHad: 0, changesAccepted: 0 },
    failedBundleId?: string,
  ): ScoreFileReport => ({
    fileName: upload.fileName,
    outcome,
    message: `${upload.fileName}: ${message}`,
    eventId: file?.manifest.eventId ?? null,
    jurorId: file?.manifest.jurorId ?? null,
    deviceId: file?.manifest.deviceId ?? null,
    bundles: file?.bundles.length ?? 0,
    ...tally,
    ...(failedBundleId ? { failedBundleId } : {}),
  });

  const read = readScoreFile(upload.text);
  if (!read.ok) return report(read.outcome, read.message);
  const file = read.file;
  if (file.manifest.eventId !== upload.eventId)
    return report(
      'wrong_event',
      `the file is for event ${file.manifest.eventId}, not ${upload.eventId}`,
      file,
    );
  const maker = store.devices.get(file.manifest.deviceId);
  if (!maker)
    return report('unknown_device', `device ${file.manifest.deviceId} was never enrolled here`, file);
  if (!(await verifyScoreFileSignature(file, maker.secret)))
    return report(
      'tampered',
      'the file signature does not match its device: the file was changed after the tablet made it (or made before the tablet enrolled again)',
      file,
    );

  try {
    const tally = await store.groupCommit.run(() => storeBundles(store, file, now));
    return tally.accepted > 0
      ? report('accepted', `${tally.accepted} new bundle(s) stored`, file, tally)
      : report('already_had', 'every bundle was already on the server', file, tally);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    return report(error.outcome, error.message, file, undefined, error.bundleId);
  }
}

type Read = { ok: true; file: ScoreFile } | { ok: false; outcome: ImportOutcome; message: string };

/** Parses and checks the file's shape; nothing here depends on stored state. */
export function readScoreFile(text: string): Read {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, outcome: 'invalid', message: 'not JSON: not a score file, or cut off' };
  const head = json.value;
  if (typeof head !== 'object' || head === null || Reflect.get(head, 'format') !== SCORE_FILE_FORMAT)
    return {
      ok: false,
      outcome: 'invalid',
      message: `not a score file (format must be "${SCORE_FILE_FORMAT}")`,
    };
  const version = Reflect.get(head, 'version');
  if (version !== SCORE_FILE_VERSION)
    return {
      ok: false,
      outcome: 'invalid',
      message: `score file version ${String(version)} is not one this server reads`,
    };
  const parsed = parseWith(ScoreFileSchema, head);
  // A file the tablet wrote always fits the schema: one that does not was edited (or damaged).
  if (!parsed.ok)
    return { ok: false, outcome: 'tampered', message: `the file does not fit the format: ${parsed.message}` };
  const canonical = canonicalJson(parsed.value);
  if (canonical !== text)
    return {
      ok: false,
      outcome: 'tampered',
      message: `the file is not as the tablet wrote it (it differs at character ${firstDifference(text, canonical)})`,
    };
  return { ok: true, file: parsed.value };
}

/** Runs inside the file's savepoint: throws FileRefused (rolling every bundle of the file back) or tallies. */
function storeBundles(store: Store, file: ScoreFile, now: () => Date): Tally {
  const tally: Tally = { accepted: 0, alreadyHad: 0, changesAccepted: 0 };
  for (const bundle of file.bundles) {
    const { bundleId } = bundle;
    const device = store.devices.get(bundle.deviceId);
    if (!device)
      throw new FileRefused(
        'unknown_device',
        `bundle ${bundleId}: device ${bundle.deviceId} was never enrolled here`,
        bundleId,
      );
    const canonical = canonicalJson(bundle);
    const digest = digestBundle(canonical, bundle.signature, device.secret);
    const existing = store.bundles.get(bundleId);
    if (existing?.deviceId === device.deviceId && existing.hash === digest.hash) {
      tally.alreadyHad++;
      continue;
    }
    // A revoked device's chain ended with its final head: nothing new may join it (its tablet
    // re-signs what it still holds under its new identity and sends that instead).
    if (!existing && device.revokedAt)
      throw new FileRefused(
        'revoked_device',
        `bundle ${bundleId}: device ${device.deviceId} was revoked at ${device.revokedAt}`,
        bundleId,
      );
    const result = acceptBundle(store, device, bundle, canonical, digest, now);
    if (result.status === 'failed')
      throw new FileRefused(
        outcomeOf(result.failure.code),
        `bundle ${bundleId}: ${result.failure.message}`,
        bundleId,
      );
    if (result.status === 200) tally.alreadyHad++;
    else {
      tally.accepted++;
      tally.changesAccepted += bundle.changes.length;
    }
  }
  return tally;
}

function outcomeOf(code: ApiErrorCode): ImportOutcome {
  switch (code) {
    case 'bad_signature':
    case 'broken_chain':
      return 'tampered';
    case 'sequence_gap':
      return 'incomplete';
    case 'revoked':
      return 'revoked_device';
    case 'event_not_found':
      return 'wrong_event';
    default:
      return 'conflict';
  }
}

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}
