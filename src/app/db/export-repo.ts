/**
 * What an export takes from the tablet, read in one transaction after the caller has had the juror's
 * unsent changes signed into bundles (sync/export-bundling.ts): the bundles as signed, the sheets,
 * and how many changes are in no bundle of the file (the storage refused to bundle them: they are
 * still in the sheets and the readable copy). A bundle is never signed for a file alone. A practice
 * or unenrolled tablet has nothing signed: only the readable copy.
 */
import { type Credential, getCredential } from '#app/db/credential-repo.ts';
import { type BundleRow, db } from '#app/db/database.ts';
import { getEventPackage } from '#app/db/events-repo.ts';
import { getSession, type Session } from '#app/db/meta-repo.ts';
import { listSheets } from '#app/db/sheets-repo.ts';
import type { ScoreBundle } from '#shared/bundle.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export interface Readable {
  session: Session;
  pkg: EventPackage;
  sheets: ScoreSheet[];
}

export type ExportSource =
  | { kind: 'none' }
  /** Practice mode, or a tablet not enrolled: nothing is signed, the readable copy is all there is. */
  | ({ kind: 'readable'; reason: 'practice' | 'unenrolled' } & Readable)
  | ({
      kind: 'signed';
      credential: Credential;
      /** The juror's bundles in seq order, as signed (stranded ones left out: see jurorBundles). */
      bundles: ScoreBundle[];
      /** Those of them the server has not confirmed yet. */
      unsentIds: ReadonlySet<string>;
      /** The juror's changes not in any bundle of the file (the storage refused to bundle them). */
      unbundled: number;
      /** The storage error that stopped the bundling, when one did. */
      bundlingError: string | null;
    } & Readable);

/**
 * `bundle` signs the unsent changes first (the sync chunk's bundleUnsent) and answers the storage
 * error that stopped it, if any.
 */
export async function readExportSource(
  bundle: (credential: Credential) => Promise<string | null>,
): Promise<ExportSource> {
  const session = await getSession();
  if (!session) return { kind: 'none' };
  const pkg = await getEventPackage(session.eventId);
  if (!pkg) return { kind: 'none' };
  const credential = await getCredential();
  const enrolled =
    session.mode === 'enrolled' &&
    credential?.jurorId === session.jurorId &&
    credential.eventId === session.eventId;
  if (!credential || !enrolled) {
    const sheets = await listSheets(session.eventId, session.jurorId);
    return {
      kind: 'readable',
      reason: session.mode === 'demo' ? 'practice' : 'unenrolled',
      session,
      pkg,
      sheets,
    };
  }
  const bundlingError = await bundle(credential);
  return db.transaction('r', [db.bundles, db.changes, db.sheets], async () => {
    const rows = await jurorBundles(credential);
    const inFile = new Set(rows.map((row) => row.bundleId));
    const unbundled = await db.changes
      .where('[eventId+jurorId]')
      .equals([credential.eventId, credential.jurorId])
      .filter((c) => c.bundleId === undefined || (!inFile.has(c.bundleId) && c.state !== 'sent'))
      .count();
    return {
      kind: 'signed',
      credential,
      session,
      pkg,
      sheets: await listSheets(credential.eventId, credential.jurorId),
      bundles: rows.map((row) => row.bundle),
      unsentIds: new Set(rows.filter((row) => row.state === 'pending').map((row) => row.bundleId)),
      unbundled,
      bundlingError,
    };
  });
}

/**
 * This juror's bundles, whichever device id signed them (a revoked identity's delivered ones too),
 * in seq order. A stranded bundle is left out: the server refuses it for good, so it would only make
 * the whole file refused; its changes are in the sheets and the readable copy.
 */
async function jurorBundles(credential: Credential): Promise<BundleRow[]> {
  const rows = await db.bundles.orderBy('fromSeq').toArray();
  return rows.filter(
    (row) =>
      row.bundle.jurorId === credential.jurorId &&
      row.bundle.eventId === credential.eventId &&
      row.state !== 'stranded',
  );
}
