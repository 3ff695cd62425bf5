/**
 * How many bytes a bundle takes on the wire. The server refuses a body over MAX_BODY_BYTES with 413
 * before reading it, so the builder stops adding changes well below that: long notes make a change
 * a few kilobytes, and 500 of them would not fit. The margin leaves room for a proxy with a smaller
 * limit being found out by a 413 (the tablet then splits the bundle, see bundle-split.ts).
 */
import { MAX_BODY_BYTES } from '#shared/api.ts';
import { GENESIS_HASH, type ScoreBundle } from '#shared/bundle.ts';
import { encodeUtf8 } from '#shared/runtime.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

/** A bundle's encoded size stays at or below this. */
export const MAX_BUNDLE_BYTES = Math.floor(MAX_BODY_BYTES * 0.75);

/** The bytes JSON.stringify(bundle) takes, as the upload sends it. */
export function bundleBytes(bundle: ScoreBundle): number {
  return encodeUtf8(JSON.stringify(bundle)).length;
}

/** One change's bytes inside the bundle's `changes` array (without the separating comma). */
export function changeBytes(change: ChangeEntry): number {
  return encodeUtf8(JSON.stringify(change)).length;
}

/**
 * The bytes of everything but the changes, for the widest values the builder can produce: the
 * longest seq numbers, a full signature. Adding changeBytes of each change plus a comma between
 * two changes never undercounts the real size.
 */
export function envelopeBytes(owner: { deviceId: string; jurorId: string; eventId: string }): number {
  const widest: ScoreBundle = {
    version: 1,
    bundleId: `b-${'0'.repeat(24)}`,
    deviceId: owner.deviceId,
    jurorId: owner.jurorId,
    eventId: owner.eventId,
    fromSeq: Number.MAX_SAFE_INTEGER,
    toSeq: Number.MAX_SAFE_INTEGER,
    prevHash: GENESIS_HASH,
    createdAt: '2021-03-16T01:30:00.000Z',
    changes: [],
    signature: GENESIS_HASH,
  };
  return bundleBytes(widest);
}
