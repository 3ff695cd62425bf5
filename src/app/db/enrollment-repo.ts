/**
 * Storing an enrollment: the package, the credential, the juror's sheets as the server holds them and
 * the juror's session in ONE transaction, so a tablet is never half-enrolled. The credential is
 * checked with its schema here, before it is stored; reading it back (credential-repo.ts) needs none.
 */
import * as v from 'valibot';
import { CREDENTIAL, type Credential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import type { HeadCheck } from '#app/db/device-identity.ts';
import { endReservation } from '#app/db/enrollment-reservation.ts';
import { parseEventPackage, putEventPackage } from '#app/db/events-repo.ts';
import { adoptFinalHead, type FinalHead } from '#app/db/final-head.ts';
import { startSession } from '#app/db/meta-repo.ts';
import { clearSyncProblem } from '#app/db/sync-status-repo.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

const CredentialSchema: v.GenericSchema<Credential> = v.object({
  deviceId: v.string(),
  token: v.pipe(v.string(), v.minLength(1)),
  secret: v.pipe(v.string(), v.minLength(1)),
  jurorId: v.string(),
  jurorName: v.string(),
  eventId: v.string(),
  expectedSeq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  prevHash: v.string(),
  enrolledAt: v.string(),
});

/**
 * Stores everything enrollment returned and starts the juror's enrolled session, atomically.
 * `serverSheets` are the juror's sheets on the server (a replacement tablet starts from them).
 * `previous`: the revoked device this enrollment continues (final-head.ts); returns whether this
 * tablet's bundles agreed with its final head.
 */
export async function saveEnrollment(
  pkg: EventPackage,
  credential: Credential,
  serverSheets: readonly ScoreSheet[] = [],
  previous?: FinalHead,
): Promise<HeadCheck | undefined> {
  const valid = await parseEventPackage(pkg);
  const checked = v.parse(CredentialSchema, credential);
  const foreign = serverSheets.find((s) => s.eventId !== checked.eventId || s.jurorId !== checked.jurorId);
  if (foreign) throw new Error(`sheet for ${foreign.eventId}/${foreign.jurorId} is not this enrollment's`);
  return db.transaction('rw', [db.events, db.meta, db.sheets, db.changes, db.bundles], async () => {
    await putEventPackage(valid, 'enrolled');
    // Before the sheets: which of the revoked device's changes the server holds decides what is "local".
    const check = previous ? await adoptFinalHead(previous, checked, checked.enrolledAt) : undefined;
    await db.meta.put({ key: CREDENTIAL, value: checked });
    await adoptServerSheets(checked, serverSheets);
    await startSession(checked.eventId, checked.jurorId, 'enrolled');
    // A fresh credential answers for itself: an old "revoked" must not linger on screen.
    await clearSyncProblem();
    // From here on the change gate lets only this juror's changes into the log.
    await endReservation();
    return check;
  });
}

/**
 * The server's sheet replaces the local one, so edits are checked against the finals and conflicts
 * the server will check them against. Except where this tablet holds changes from expectedSeq on:
 * the server has not seen those, and the local sheet already has them on top of what it had.
 * No change-log rows are written or removed: these sheets are already on the server.
 */
async function adoptServerSheets(credential: Credential, sheets: readonly ScoreSheet[]): Promise<void> {
  if (sheets.length === 0) return;
  const unconfirmed = await db.changes
    .where('[eventId+jurorId]')
    .equals([credential.eventId, credential.jurorId])
    .filter((change) => change.seq >= credential.expectedSeq)
    .toArray();
  const keepLocal = new Set(unconfirmed.map((change) => change.teamId));
  await db.sheets.bulkPut(sheets.filter((sheet) => !keepLocal.has(sheet.teamId)));
}
