/**
 * Which changes the log may take. Once the tablet is enrolled, only the enrolled juror's, for the
 * enrolled event: the credential uploads a contiguous run of seqs, and any other change inside it (a
 * practice score from a tab left open on the demo) would hold every later score back. While an
 * enrollment is in flight, none at all: its first seq is promised to the server.
 */
import { getCredential } from '#app/db/credential-repo.ts';
import { readReservation } from '#app/db/enrollment-reservation.ts';
import type { TabletRefusal } from '#app/db/errors.ts';

/** Why the log refuses a change for `ref` now, or null; call inside a transaction that includes db.meta. */
export async function refusalFor(
  ref: { eventId: string; jurorId: string },
  now = Date.now(),
): Promise<TabletRefusal | null> {
  // Both reads at once: this runs inside the save's transaction, on the tap's critical path.
  const [reserved, credential] = await Promise.all([readReservation(now), getCredential()]);
  if (reserved)
    return {
      code: 'tablet_enrolling',
      message: 'tablet sedang didaftarkan; tunggu sebentar lalu ulangi',
    };
  if (credential && (credential.jurorId !== ref.jurorId || credential.eventId !== ref.eventId))
    return {
      code: 'other_juror',
      message: `tablet ini terdaftar untuk ${credential.jurorName}; nilai juri lain atau nilai latihan tidak disimpan lagi`,
    };
  return null;
}
