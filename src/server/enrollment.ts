/**
 * Issuing and redeeming enrollment codes. Redeeming hands a tablet its juror identity, the event
 * package, a device credential and the juror's sheets so far; a device that enrolls again keeps its
 * place in the hash chain.
 */

import { type ApiFailure, fail } from '#server/http/errors.ts';
import { hashToken, newEnrollmentCode, newSecret, newToken } from '#server/secrets.ts';
import type { Enrollment, Store } from '#server/store/index.ts';
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
  };
  store.enrollments.insert(enrollment);
  return { ok: true, value: enrollment };
}

export interface Redeem {
  code: string;
  deviceId: string;
  firstSeq: number;
}

export function redeemEnrollment(store: Store, request: Redeem, now: Date): Result<EnrollResponse> {
  return store.transaction((): Result<EnrollResponse> => {
    const at = now.toISOString();
    const enrollment = store.enrollments.get(request.code);
    if (!enrollment) return { ok: false, failure: fail('code_not_found', 'enrollment code not found') };
    if (enrollment.usedAt)
      return {
        ok: false,
        failure: fail('code_used', `enrollment code already used at ${enrollment.usedAt}`),
      };
    if (enrollment.expiresAt <= at)
      return {
        ok: false,
        failure: fail('code_expired', `enrollment code expired at ${enrollment.expiresAt}`),
      };
    const pkg = store.events.get(enrollment.eventId);
    if (!pkg) return { ok: false, failure: fail('event_not_found', `event ${enrollment.eventId} not found`) };
    const juror = pkg.jurors.find((j) => j.id === enrollment.jurorId);
    if (!juror)
      return {
        ok: false,
        failure: fail('juror_not_found', `juror ${enrollment.jurorId} is no longer on the panel`),
      };

    const chain = chainPosition(store, request, enrollment);
    const token = newToken();
    const secret = newSecret();
    store.devices.saveCredential({
      deviceId: request.deviceId,
      eventId: enrollment.eventId,
      jurorId: enrollment.jurorId,
      tokenHash: hashToken(token),
      secret,
      nextSeq: chain.expectedSeq,
      lastHash: chain.prevHash,
      enrolledAt: at,
    });
    store.enrollments.markUsed(enrollment.code, request.deviceId, at);
    return {
      ok: true,
      value: {
        device: { deviceId: request.deviceId, token, secret },
        juror: { id: juror.id, name: juror.name },
        eventId: pkg.event.id,
        package: pkg,
        sync: chain,
        // Read in the same transaction as the credential: a replacement tablet starts from exactly
        // the sheets its first bundle will be checked against.
        sheets: store.sheets.listOfJuror(enrollment.eventId, enrollment.jurorId),
      },
    };
  });
}

/**
 * A new device starts its chain at firstSeq. The same device for the same juror continues where the
 * server stands. A device handed to another juror keeps its hash chain, but the previous juror's
 * unsent seqs can never be uploaded under the new credential, so it may skip ahead to firstSeq.
 */
function chainPosition(store: Store, request: Redeem, enrollment: Enrollment): EnrollResponse['sync'] {
  const existing = store.devices.get(request.deviceId);
  if (!existing) return { expectedSeq: request.firstSeq, prevHash: GENESIS_HASH };
  const sameJuror = existing.jurorId === enrollment.jurorId && existing.eventId === enrollment.eventId;
  const expectedSeq = sameJuror ? existing.nextSeq : Math.max(existing.nextSeq, request.firstSeq);
  return { expectedSeq, prevHash: existing.lastHash };
}
