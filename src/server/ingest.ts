/**
 * Accepting a score bundle. The content hash and HMAC check need no stored state, so they run first;
 * every decision that depends on stored state is then taken inside the bundle's own savepoint of a
 * group commit (store/group-commit.ts), which also writes the bundle, its changes, the sheets and the
 * device's chain position. The promise — and so the reply — settles only after that COMMIT.
 */

import { type BundleDigest, digestBundle } from '#server/bundle-digest.ts';
import { type ApiFailure, fail } from '#server/http/errors.ts';
import { replayChanges } from '#server/materialise.ts';
import type { ChainHead, Credential, Store } from '#server/store/index.ts';
import type { BundleReceipt, ScoreBundle } from '#shared/bundle.ts';

export type IngestResult =
  | { status: 201 | 200; receiptJson: string }
  | { status: 'failed'; failure: ApiFailure };

/** `canonical` is the bundle's canonical JSON (http/read-bundle.ts): what is verified and stored. */
export function ingestBundle(
  store: Store,
  device: Credential,
  bundle: ScoreBundle,
  canonical: string,
  now: () => Date,
): Promise<IngestResult> {
  if (bundle.deviceId !== device.deviceId) {
    return Promise.resolve(
      failed(fail('forbidden', `credential belongs to device ${device.deviceId}, not ${bundle.deviceId}`)),
    );
  }
  const digest = digestBundle(canonical, bundle.signature, device.secret);
  return store.groupCommit.run(() => decide(store, device, bundle, canonical, digest, now));
}

/** Everything that reads or writes stored state; runs inside the bundle's savepoint. */
function decide(
  store: Store,
  device: Credential,
  bundle: ScoreBundle,
  canonical: string,
  digest: BundleDigest,
  now: () => Date,
): IngestResult {
  const current = store.devices.chainHead(device.deviceId);
  // The credential may have been revoked or replaced while the bundle waited for its batch.
  if (!current || current.tokenHash !== device.tokenHash)
    return failed(fail('unauthorized', 'device credential replaced'));
  if (current.revokedAt) return failed(fail('revoked', `device credential revoked at ${current.revokedAt}`));
  return acceptBundle(store, current, bundle, canonical, digest, now);
}

/**
 * Every decision after the caller has settled who sent the bundle: a resend, the scope, the sequence,
 * the signature and chain, the replay. Runs inside a savepoint; the network upload and the organizer's
 * score-file import (import-score-file.ts) both come through here, so a bundle is judged the same
 * whichever way it travelled.
 */
export function acceptBundle(
  store: Store,
  current: ChainHead,
  bundle: ScoreBundle,
  canonical: string,
  { hash, signed }: BundleDigest,
  now: () => Date,
): IngestResult {
  const existing = store.bundles.get(bundle.bundleId);
  if (existing) {
    if (existing.deviceId === current.deviceId && existing.hash === hash)
      return { status: 200, receiptJson: existing.receiptJson };
    return failed(
      fail('bundle_conflict', `bundle ${bundle.bundleId} was already accepted with different content`),
    );
  }
  // After the resend check, so a tablet since handed to another juror still gets its old receipts.
  const scope = checkScope(current, bundle);
  if (scope) return failed(scope);
  if (
    bundle.fromSeq < current.nextSeq &&
    store.bundles.countStoredSeqs(current.deviceId, bundle.fromSeq, bundle.toSeq) > 0
  ) {
    return failed(
      fail(
        'bundle_conflict',
        `seq ${bundle.fromSeq}–${bundle.toSeq} overlaps changes already accepted from this device`,
      ),
    );
  }
  if (bundle.fromSeq !== current.nextSeq) {
    return failed({
      code: 'sequence_gap',
      message: `expected the bundle to start at seq ${current.nextSeq}, got ${bundle.fromSeq}`,
      expectedSeq: current.nextSeq,
    });
  }
  const receivedAt = now().toISOString();
  if (!signed)
    return rejected(
      store,
      bundle,
      canonical,
      receivedAt,
      fail('bad_signature', 'signature does not match the device secret'),
    );
  if (bundle.prevHash !== current.lastHash) {
    return rejected(
      store,
      bundle,
      canonical,
      receivedAt,
      fail('broken_chain', `prevHash does not match the previous bundle (${current.lastHash})`),
    );
  }

  const pkg = store.events.get(bundle.eventId);
  if (!pkg) return failed(fail('event_not_found', `event ${bundle.eventId} not found`));
  const replay = replayChanges(pkg, store.sheets.get, bundle.changes);
  if (!replay.ok) return failed(replay.failure);

  const receipt: BundleReceipt = {
    bundleId: bundle.bundleId,
    deviceId: bundle.deviceId,
    fromSeq: bundle.fromSeq,
    toSeq: bundle.toSeq,
    hash,
    receivedAt,
  };
  const receiptJson = store.bundles.insert(bundle, canonical, receipt);
  for (const update of replay.sheets) store.sheets.save(update);
  store.devices.advance(current.deviceId, bundle.toSeq + 1, hash);
  return { status: 201, receiptJson };
}

/** A device may only send changes for the juror and event it is enrolled for now. */
function checkScope(device: ChainHead, bundle: ScoreBundle): ApiFailure | null {
  if (bundle.jurorId !== device.jurorId) {
    return fail('forbidden', `credential belongs to juror ${device.jurorId}, not ${bundle.jurorId}`);
  }
  if (bundle.eventId !== device.eventId) {
    return fail('forbidden', `credential belongs to event ${device.eventId}, not ${bundle.eventId}`);
  }
  return null;
}

const failed = (failure: ApiFailure): IngestResult => ({ status: 'failed', failure });

/** Logs a refused bundle for the organizer; nothing else is stored. */
function rejected(
  store: Store,
  bundle: ScoreBundle,
  canonical: string,
  receivedAt: string,
  failure: ApiFailure,
): IngestResult {
  store.rejections.record({
    deviceId: bundle.deviceId,
    bundleId: bundle.bundleId,
    code: failure.code,
    message: failure.message,
    body: canonical,
    receivedAt,
  });
  return failed(failure);
}
