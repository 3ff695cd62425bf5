/**
 * Redeems an enrollment code: the server hands back the juror, the event package, this device's
 * credential and the juror's sheets so far (a replacement tablet continues from them); all of it is
 * validated, then stored in one transaction. The code is single-use, so a reply that cannot be stored
 * is reported as such rather than retried blindly — and nothing that would strand the tablet is
 * attempted: not outside a secure context, not while the outgoing juror's changes wait to be sent.
 *
 * A device the panitia revoked stays revoked (the server answers device_revoked). The tablet then
 * takes a new device id, keeping the old one in its history, and redeems the same code with it at
 * once, naming the revoked id: for the same juror the server continues the revoked chain from its
 * final head (final-head.ts), so every change reaches the server exactly once. The refused request
 * did not spend the code.
 */
import * as v from 'valibot';
import { getCredential } from '#app/db/credential-repo.ts';
import { previousDeviceId, retireDeviceId } from '#app/db/device-identity.ts';
import { saveEnrollment } from '#app/db/enrollment-repo.ts';
import { endReservation, reserveChainStart } from '#app/db/enrollment-reservation.ts';
import { getDeviceId } from '#app/db/meta-repo.ts';
import { countUnconfirmedChanges } from '#app/db/outbox-count.ts';
import { deliverOutgoing } from '#app/sync/hand-over.ts';
import { requestJson } from '#app/sync/http.ts';
import { canSignHere } from '#app/sync/secure-context.ts';
import {
  ApiErrorSchema,
  EnrollmentCodeSchema,
  type EnrollRequest,
  type EnrollResponse,
  EnrollResponseSchema,
} from '#shared/api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';

export const ENROLL_PATH = '/api/enroll';

export type EnrollFailure =
  | 'invalid_code'
  | 'code_not_found'
  | 'code_used'
  | 'code_expired'
  | 'too_many_attempts'
  | 'device_revoked'
  | 'device_taken'
  | 'offline'
  | 'server_error'
  | 'bad_reply'
  | 'storage_failed'
  /** An http:// address other than localhost: the tablet could never sign a bundle here. */
  | 'insecure_context'
  /** The outgoing juror's changes could not be sent yet; the hand-over waits for them. */
  | 'previous_unsent';

export type EnrollOutcome =
  | { ok: true; jurorName: string; eventId: string }
  | { ok: false; failure: EnrollFailure; detail?: string };

export interface EnrollOptions {
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** Normalises what the juror typed (case, spaces, dashes); undefined when it cannot be a code. */
export function normaliseCode(input: string): string | undefined {
  const parsed = v.safeParse(EnrollmentCodeSchema, input);
  return parsed.success ? parsed.output : undefined;
}

export async function enrollWithCode(input: string, options: EnrollOptions = {}): Promise<EnrollOutcome> {
  const code = normaliseCode(input);
  if (!code) return { ok: false, failure: 'invalid_code' };
  if (!canSignHere()) return { ok: false, failure: 'insecure_context' };
  const outgoing = await getCredential();
  // The credential covers only changes made from now on (earlier ones, e.g. demo practice, stay
  // local). The seq is read and reserved in one transaction; until the reply is stored, the log takes
  // no change that could claim it.
  let firstSeq = await reserveChainStart();
  try {
    if (outgoing) {
      const handOver = await deliverOutgoing(outgoing, options);
      // Renewed after the delivery, which may have outlasted the first reservation.
      firstSeq = await reserveChainStart();
      const unsent = await countUnconfirmedChanges(outgoing);
      if (handOver !== 'given-up' && unsent > 0)
        return { ok: false, failure: 'previous_unsent', detail: `${unsent} changes of ${outgoing.jurorId}` };
    }
    const deviceId = await getDeviceId();
    const outcome = await redeem(code, deviceId, firstSeq, options);
    if (outcome.ok || outcome.failure !== 'device_revoked') return outcome;
    // The refusal did not spend the code; the juror should not have to do anything more for the rest.
    return await redeem(code, await retireDeviceId(deviceId), firstSeq, options);
  } finally {
    await endReservation();
  }
}

async function redeem(
  code: string,
  deviceId: string,
  firstSeq: number,
  options: EnrollOptions,
): Promise<EnrollOutcome> {
  // A device the server knows is bound to its credential: enrolling it again shows the current token.
  // An id not enrolled yet names the revoked id it replaced (even on a retry after a lost reply).
  const current = await getCredential();
  const previous = await previousDeviceId(deviceId, current?.deviceId);
  const body: EnrollRequest = {
    code,
    deviceId,
    firstSeq,
    ...(previous ? { previousDeviceId: previous } : {}),
  };
  const result = await requestJson(ENROLL_PATH, {
    method: 'POST',
    body,
    token: current?.deviceId === deviceId ? current.token : undefined,
    ...options,
  });
  if (result.kind !== 'response') return { ok: false, failure: 'offline', detail: result.kind };

  if (result.status !== 201 && result.status !== 200)
    return { ok: false, ...failureOf(result.status, result.json) };
  // A captive portal answers 200 with its login page: that is "not connected", not a bad server.
  if (result.json === undefined)
    return { ok: false, failure: 'offline', detail: `HTTP ${result.status} without JSON` };
  const reply = v.safeParse(EnrollResponseSchema, result.json);
  if (!reply.success) return { ok: false, failure: 'bad_reply', detail: v.summarize(reply.issues) };
  const { device, juror, eventId, package: pkg, sync, sheets } = reply.output;
  if (
    device.deviceId !== deviceId ||
    pkg.event.id !== eventId ||
    !pkg.jurors.some((j) => j.id === juror.id) ||
    sheets.some((s) => s.eventId !== eventId || s.jurorId !== juror.id)
  ) {
    return { ok: false, failure: 'bad_reply', detail: 'reply is for another device, event or juror' };
  }
  const continued = continuation(reply.output, previous, firstSeq);
  if (continued === 'invalid')
    return { ok: false, failure: 'bad_reply', detail: 'reply continues a device this tablet did not name' };
  try {
    await saveEnrollment(
      pkg,
      {
        deviceId,
        token: device.token,
        secret: device.secret,
        jurorId: juror.id,
        jurorName: juror.name,
        eventId,
        expectedSeq: sync.expectedSeq,
        prevHash: sync.prevHash,
        enrolledAt: new Date().toISOString(),
      },
      sheets,
      continued,
    );
  } catch (error) {
    console.error('enrollment could not be stored', error);
    return {
      ok: false,
      failure: 'storage_failed',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  return { ok: true, jurorName: juror.name, eventId };
}

/**
 * The revoked device's final head, when the reply continues its chain: only the device this tablet
 * named, with the new chain starting right at that head from genesis, and not beyond this tablet's own
 * log. Anything else would make the tablet take changes as delivered on a server's say-so it cannot check.
 */
function continuation(
  reply: EnrollResponse,
  named: string | undefined,
  firstSeq: number,
): EnrollResponse['previous'] | 'invalid' {
  const { previous, sync } = reply;
  if (!previous) return undefined;
  const valid =
    previous.deviceId === named &&
    sync.expectedSeq === previous.nextSeq &&
    sync.prevHash === GENESIS_HASH &&
    previous.nextSeq <= firstSeq;
  return valid ? previous : 'invalid';
}

function failureOf(status: number, json: unknown): { failure: EnrollFailure; detail: string } {
  const envelope = v.safeParse(ApiErrorSchema, json);
  // Not our server's envelope (a portal's page, a proxy error): as good as not connected.
  if (!envelope.success)
    return { failure: status >= 500 ? 'server_error' : 'offline', detail: `HTTP ${status}` };
  const { code, message } = envelope.output.error;
  const detail = `${code}: ${message}`;
  if (code === 'code_not_found' || code === 'code_used' || code === 'code_expired')
    return { failure: code, detail };
  if (code === 'invalid_request' || code === 'invalid_json') return { failure: 'invalid_code', detail };
  if (code === 'rate_limited') return { failure: 'too_many_attempts', detail };
  if (code === 'device_revoked' || code === 'device_taken') return { failure: code, detail };
  return { failure: 'server_error', detail };
}
