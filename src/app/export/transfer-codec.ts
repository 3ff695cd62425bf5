/**
 * A score file to QR frame texts and back: the compact form (#shared/score-transfer.ts) as JSON,
 * deflated (fflate, the strongest level: a frame less is a code less to hold up), base45 so it fits
 * the QR alphanumeric alphabet, then cut into frames (#shared/qr-frames.ts). Loaded only by the
 * export screen and the console's scanner.
 */
import { decode as fromBase45, encode as toBase45 } from 'base45-ts';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import { canonicalJson } from '#shared/canonical.ts';
import { toFrames } from '#shared/qr-frames.ts';
import { type ScoreFile, ScoreFileSchema } from '#shared/score-file.ts';
import { CompactScoreFileSchema, compactScoreFile, expandScoreFile } from '#shared/score-transfer.ts';

/** The payload before it is cut into frames (what the bench measures). */
export async function transferPayload(file: ScoreFile): Promise<string> {
  const json = JSON.stringify(await compactScoreFile(file));
  return toBase45(deflateSync(strToU8(json), { level: 9, mem: 12 }));
}

export async function encodeTransfer(file: ScoreFile, pieceChars?: number): Promise<string[]> {
  return toFrames(await transferPayload(file), pieceChars);
}

export type DecodedTransfer = { ok: true; text: string; file: ScoreFile } | { ok: false; reason: string };

/** The joined payload back to the score file's text, exactly as the tablet would have written it. */
export async function decodeTransfer(payload: string): Promise<DecodedTransfer> {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateSync(fromBase45(payload))));
  } catch {
    return { ok: false, reason: 'the codes do not decompress into a score file' };
  }
  const compact = v.safeParse(CompactScoreFileSchema, json);
  if (!compact.success) return { ok: false, reason: v.summarize(compact.issues) };
  const file = v.safeParse(ScoreFileSchema, await expandScoreFile(compact.output));
  if (!file.success) return { ok: false, reason: v.summarize(file.issues) };
  return { ok: true, text: canonicalJson(file.output), file: file.output };
}
