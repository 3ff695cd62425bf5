/**
 * Issuing and redeeming enrollment codes. Redeeming hands a tablet its juror identity, the event
 * package, a device credential and the juror's sheets so far; a device that enrolls again keeps its
 * place in the hash chain.
 *
 * A device id is not a secret (the tablet shows it on screen), so it proves nothing: a device the
 * server knows is bound to its current credential. Enrolling it again — for the same juror with a new
 * code, or handed to another juror — needs that credential's token, and a revoked device stays
 * revoked. Otherwise anyone holding some juror's code could take over another tablet's hash chain and
 * cut the tablet off.
 *
 * A revoked tablet therefore enrolls under a new device id and names the revoked one. When that device
 * belonged to the code's event and juror, the new device continues its chain: the reply carries the
 * revoked device's final head (it cannot move once revoked: a trigger keeps it), and the new chain
 * starts at that seq from the genesis hash. The tablet then knows exactly which of its changes the
 * server holds — even one whose receipt was lost just before the revocation — and re-signs only the
 * rest. A revoked device is continued at most once (a unique index): a second continuation could carry
 * the same changes to the server twice. A device of another juror is not continued: its changes stay
 * on the tablet, and the reply says nothing about it.
 *
 * Redeeming is safe to retry: if the reply is lost after the COMMIT, the same device redeeming the same
 * code gets the same enrollment back — juror, package and chain position — as long as the credential
 * it issued was never used. The credential itself is issued afresh: the server keeps only a token's
 * hash, and the lost one never reached the tablet. Any other device gets code_used.
 */

import { type ApiFailure, fail } from '#server/http/errors.ts';
import { hashToken, newEnrollmentCode, newSecret, newToken } from '#server/secrets.ts';
import type { Device, Enrollment, Store } from '#server/store/index.ts';
import type { EnrollResponse } from '#shared/api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';

export const DEFAULT_ENROLLMENT_TTL_MS = 72 * 60 * 60 * 1000;

export type Result<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export function issueEnrollment(
  store: Store,
  eventId: string,
  jurorId: string,
  now: Date,
  ttlMs: number,
): Result<Enrollment> {
  const pkg = store.events.get(eventId);
  if (!pkg) return { ok: false, failure: fail('event_not_found', `event ${eventId} not found`) };
  // A tablet cannot judge an event without teams: its package would fail validation.
  if (pkg.teams.length === 0)
    return { ok: false, failure: fail('event_incomplete', `event ${eventId} has no teams yet`) };
  if (!pkg.jurors.some((j) => j.id === jurorId)) {
    return {
      ok: false,
      failure: fail('juror_not_found', `juror ${jurorId} is not on the panel of ${eventId}`),
    };
  }
  let code = newEnrollmentCode();
  while (store.enrollments.get(code)) code = newEnrollmentCode();
  const enrollment: Enrollment = {
    code,
    eventId,
    jurorId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    usedAt: null,
    deviceId: null,
    handedSeq: null,
    handedHash: null,
    handedContinues: false,
    handedPrevious: null,
  };
  store.enrollments.insert(enrollment);
  return { ok: true, value: enrollment };
}

export interface Redeem {
  code: string;
  deviceId: string;
  firstSeq: number;
  /** The revoked device this tablet was before it took `deviceId`, if any. */
  previousDeviceId?: string | undefined;
  /** The hash of the bearer token the request carried, if any: proof of the device's current credential. */
  presentedTokenHash?: string;
}

export interface Redeemed {
  response: EnrollResponse;
  /** True when this repeats an earlier redemption by the same device (its reply was lost). */
  repeated: boolean;
}

type FinalHead = NonNullable<EnrollResponse['previous']>;

interface Chain {
  expectedSeq: number;
  prevHash: string;
  /** Whether expectedSeq continues the same juror's log (so it must not move). */
  continues: boolean;
  /** The revoked device whose final head this chain continues. */
  previous?: FinalHead;
}

export function redeemEnrollment(store: Store, request: Redeem, now: Date): Result<Redeemed> {
  return store.transaction((): Result<Redeemed> => {
    const at = now.toISOString();
    const enrollment = store.enrollments.get(request.code);
    if (!enrollment) return refuse('code_not_found', 'enrollment code not found');
    if (enrollment.expiresAt <= at)
      return refuse('code_expired', `enrollment code expired at ${enrollment.expiresAt}`);
    const pkg = store.events.get(enrollment.eventId);
    if (!pkg) return refuse('event_not_found', `event ${enrollment.eventId} not found`);
    const juror = pkg.jurors.find((j) => j.id === enrollment.jurorId);
    if (!juror) return refuse('juror_not_found', `juror ${enrollment.jurorId} is no longer on the panel`);

    const existing = store.devices.get(request.deviceId);
    if (existing?.revokedAt)
      return refuse(
        'device_revoked',
        `device ${request.deviceId} was revoked at ${existing.revokedAt}; a revoked device cannot be enrolled again`,
      );
    const chain = enrollment.usedAt
      ? repeatedChain(store, enrollment, existing, request)
      : claimChain(store, enrollment, existing, request);
    if (!chain.ok) return chain;

    const token = newToken();
    const secret = newSecret();
    store.devices.saveCredential({
      deviceId: request.deviceId,
      eventId: enrollment.eventId,
      jurorId: enrollment.jurorId,
      tokenHash: hashToken(token),
      secret,
      nextSeq: chain.value.expectedSeq,
      lastHash: chain.value.prevHash,
      enrolledAt: at,
      enrollmentCode: enrollment.code,
    });
    store.enrollments.markUsed({
      code: enrollment.code,
      deviceId: request.deviceId,
      at: enrollment.usedAt ?? at,
      handedSeq: chain.value.expectedSeq,
      handedHash: chain.value.prevHash,
      handedContinues: chain.value.continues ? 1 : 0,
      handedPrevious: chain.value.previous?.deviceId ?? null,
    });
    const { previous } = chain.value;
    return {
      ok: true,
      value: {
        repeated: enrollment.usedAt !== null,
        response: {
          device: { deviceId: request.deviceId, token, secret },
          juror: { id: juror.id, name: juror.name },
          eventId: pkg.event.id,
          package: pkg,
          sync: { expectedSeq: chain.value.expectedSeq, prevHash: chain.value.prevHash },
          // Read in the same transaction as the credential: a replacement tablet starts from exactly
          // the sheets its first bundle will be checked against.
          sheets: store.sheets.listOfJuror(enrollment.eventId, enrollment.jurorId),
          ...(previous ? { previous } : {}),
        },
      },
    };
  });
}

/**
 * A first redemption. A new device continues the revoked device it names when it may (see
 * finalHeadToContinue), and otherwise starts its chain at firstSeq. A known device must show its
 * current token; then the same juror continues where the server stands, and a device handed to another
 * juror keeps its hash chain but may skip ahead to firstSeq (the previous juror's unsent seqs can never
 * be uploaded under the new credential).
 */
function claimChain(
  store: Store,
  enrollment: Enrollment,
  existing: Device | undefined,
  request: Redeem,
): Result<Chain> {
  if (!existing) {
    const previous = finalHeadToContinue(store, enrollment, request);
    const chain: Chain = previous
      ? { expectedSeq: previous.nextSeq, prevHash: GENESIS_HASH, continues: true, previous }
      : { expectedSeq: request.firstSeq, prevHash: GENESIS_HASH, continues: false };
    return { ok: true, value: chain };
  }
  if (request.presentedTokenHash !== existing.tokenHash)
    return refuse(
      'device_taken',
      `device ${request.deviceId} is already enrolled; enrolling it again needs its current credential`,
    );
  const sameJuror = existing.jurorId === enrollment.jurorId && existing.eventId === enrollment.eventId;
  const chain = sameJuror
    ? { expectedSeq: existing.nextSeq, prevHash: existing.lastHash, continues: true }
    : {
        expectedSeq: Math.max(existing.nextSeq, request.firstSeq),
        prevHash: existing.lastHash,
        continues: false,
      };
  return { ok: true, value: chain };
}

/**
 * The same code again. Only the device that redeemed it, and only while the credential it issued is
 * the device's current one and has never moved the chain: then the earlier reply cannot have been
 * used, and the same chain position is handed out again (moved ahead to a later firstSeq where the
 * first one started at the tablet's firstSeq: what the tablet logged meanwhile was not enrolled).
 */
function repeatedChain(
  store: Store,
  enrollment: Enrollment,
  device: Device | undefined,
  request: Redeem,
): Result<Chain> {
  const used = refuse('code_used', `enrollment code already used at ${enrollment.usedAt}`);
  if (enrollment.deviceId !== request.deviceId || !device || device.enrollmentCode !== enrollment.code)
    return used;
  const { handedSeq, handedHash, handedPrevious } = enrollment;
  if (handedSeq === null || handedHash === null) return used;
  if (device.nextSeq !== handedSeq || device.lastHash !== handedHash) return used;
  if (handedPrevious !== null) {
    // A continuation: the revoked device's head is final, so the same head is handed out again.
    const previous = finalHeadOf(store.devices.get(handedPrevious));
    if (previous?.nextSeq !== handedSeq) return used;
    return { ok: true, value: { expectedSeq: handedSeq, prevHash: handedHash, continues: true, previous } };
  }
  const expectedSeq = enrollment.handedContinues ? handedSeq : Math.max(handedSeq, request.firstSeq);
  return { ok: true, value: { expectedSeq, prevHash: handedHash, continues: enrollment.handedContinues } };
}

/**
 * The revoked device a new device id continues: the one the tablet names, if it is revoked (so its head
 * is final), of the code's event and juror, not already continued through another code, and not ahead
 * of the tablet's own log (firstSeq: a tablet that holds fewer changes than the server cannot be the
 * one that sent them).
 */
function finalHeadToContinue(store: Store, enrollment: Enrollment, request: Redeem): FinalHead | undefined {
  const { previousDeviceId } = request;
  if (previousDeviceId === undefined || previousDeviceId === request.deviceId) return undefined;
  const previous = store.devices.get(previousDeviceId);
  if (previous?.eventId !== enrollment.eventId || previous.jurorId !== enrollment.jurorId) return undefined;
  const head = finalHeadOf(previous);
  if (!head || head.nextSeq > request.firstSeq) return undefined;
  return store.enrollments.continuedBy(previousDeviceId) === undefined ? head : undefined;
}

/** A revoked device's chain head: final, because nothing is accepted from it any more. */
function finalHeadOf(device: Device | undefined): FinalHead | undefined {
  if (!device?.revokedAt) return undefined;
  return { deviceId: device.deviceId, nextSeq: device.nextSeq, lastHash: device.lastHash };
}

function refuse(code: ApiFailure['code'], message: string): { ok: false; failure: ApiFailure } {
  return { ok: false, failure: fail(code, message) };
}
