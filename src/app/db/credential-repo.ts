/**
 * The device credential from enrollment (meta key 'credential'): the bearer token, the signing secret
 * and where this device's bundle chain started. Enrollment stores the package, the credential and
 * the juror's session in ONE transaction, so a tablet is never half-enrolled.
 */
import * as v from 'valibot';
import type { EventPackage } from '#shared/event.ts';
import { db } from './database.ts';
import { parseEventPackage, putEventPackage } from './events-repo.ts';
import { startSession } from './meta-repo.ts';
import { clearSyncProblem } from './sync-status-repo.ts';

const CREDENTIAL = 'credential';

const CredentialSchema = v.object({
  deviceId: v.string(),
  token: v.pipe(v.string(), v.minLength(1)),
  secret: v.pipe(v.string(), v.minLength(1)),
  jurorId: v.string(),
  jurorName: v.string(),
  eventId: v.string(),
  /** The seq the server expected at enrollment: the first bundle built under this credential starts here. */
  expectedSeq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The server's chain head at enrollment: that first bundle's prevHash. */
  prevHash: v.string(),
  enrolledAt: v.string(),
});
export type Credential = v.InferOutput<typeof CredentialSchema>;

export async function getCredential(): Promise<Credential | undefined> {
  const row = await db.meta.get(CREDENTIAL);
  const parsed = v.safeParse(CredentialSchema, row?.value);
  return parsed.success ? parsed.output : undefined;
}

/** Stores everything enrollment returned and starts the juror's enrolled session, atomically. */
export async function saveEnrollment(pkg: EventPackage, credential: Credential): Promise<void> {
  const valid = await parseEventPackage(pkg);
  await db.transaction('rw', [db.events, db.meta], async () => {
    await putEventPackage(valid, 'enrolled');
    await db.meta.put({ key: CREDENTIAL, value: v.parse(CredentialSchema, credential) });
    await startSession(credential.eventId, credential.jurorId, 'enrolled');
    // A fresh credential answers for itself: an old "revoked" must not linger on screen.
    await clearSyncProblem();
  });
}
