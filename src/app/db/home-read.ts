/**
 * The home screen's first read: the session, its event package and the juror's sheets in one read
 * transaction, so a reopened app waits for one round of IndexedDB reads before the schedule, not two.
 */
import { db } from '#app/db/database.ts';
import { getEventPackage } from '#app/db/events-repo.ts';
import { getSession, type Session } from '#app/db/meta-repo.ts';
import { listSheets } from '#app/db/sheets-repo.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export interface Home {
  session: Session;
  /** null when the session's event is not on the tablet. */
  pkg: EventPackage | null;
  sheets: ScoreSheet[];
}

/** Session, package and sheets in one read transaction; null when there is no session. */
export function readHome(): Promise<Home | null> {
  return db.transaction('r', [db.meta, db.events, db.sheets], async () => {
    const session = await getSession();
    if (!session) return null;
    const [pkg, sheets] = await Promise.all([
      getEventPackage(session.eventId),
      listSheets(session.eventId, session.jurorId),
    ]);
    return { session, pkg: pkg ?? null, sheets };
  });
}
