/**
 * Seeds fake-indexeddb like a tablet in use: an event package and a juror session (pact signed unless
 * asked otherwise). Every call starts from an empty database, so tests never see each other's data.
 */
import { db } from '#app/db/database.ts';
import { saveEventPackage } from '#app/db/events-repo.ts';
import { acceptPact, startSession } from '#app/db/meta-repo.ts';
import type { SheetRef } from '#app/db/sheets-repo.ts';
import type { EventPackage } from '#shared/event.ts';
import { makeSmallEvent } from '../../fixtures/small-event.ts';

export interface Seeded {
  pkg: EventPackage;
  eventId: string;
  jurorId: string;
  /** The sheet reference of this juror for a team. */
  ref: (teamId: string) => SheetRef;
}

export interface SeedOptions {
  pkg?: EventPackage;
  jurorId?: string;
  /** Start a session at all (default true). */
  session?: boolean;
  /** Sign the integrity pact (default true). */
  pact?: boolean;
}

export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

export async function seedTablet(options: SeedOptions = {}): Promise<Seeded> {
  await resetDatabase();
  const pkg = await saveEventPackage(options.pkg ?? makeSmallEvent(), 'import');
  const eventId = pkg.event.id;
  const jurorId = options.jurorId ?? pkg.jurors[0]?.id ?? 'juri-1';
  if (options.session !== false) {
    await startSession(eventId, jurorId, 'demo');
    if (options.pact !== false) await acceptPact('2021-03-16T01:00:00.000Z');
  }
  return { pkg, eventId, jurorId, ref: (teamId) => ({ eventId, jurorId, teamId }) };
}
