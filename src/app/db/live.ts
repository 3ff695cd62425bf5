/**
 * Live reads for screens: each re-renders when the underlying IndexedDB rows change (Dexie liveQuery).
 * `undefined` means still loading; `null` means there is nothing.
 */

import type { EventRow } from '#app/db/database.ts';
import { getEventPackage, listEvents } from '#app/db/events-repo.ts';
import { type Home, readHome } from '#app/db/home-read.ts';
import { getSession, type Session } from '#app/db/meta-repo.ts';
import { getSheet, listSheets, type SheetRef } from '#app/db/sheets-repo.ts';
import { useLiveQuery } from '#app/db/use-live-query.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export type { Home } from '#app/db/home-read.ts';

/**
 * Everything the home screen shows first, read in one transaction (home-read.ts): one live query
 * instead of three keeps a reopened app from waiting on a second round of reads after the session
 * arrives. null: no session.
 */
export function useHome(): Home | null | undefined {
  return useLiveQuery(readHome, []);
}

export function useSession(): Session | null | undefined {
  return useLiveQuery(async () => (await getSession()) ?? null, []);
}

export function useEvents(): EventRow[] | undefined {
  return useLiveQuery(listEvents, []);
}

export function useEventPackage(eventId: string | undefined): EventPackage | null | undefined {
  return useLiveQuery(async () => (eventId ? ((await getEventPackage(eventId)) ?? null) : null), [eventId]);
}

export function useSheets(
  eventId: string | undefined,
  jurorId: string | undefined,
): ScoreSheet[] | undefined {
  return useLiveQuery(
    async () => (eventId && jurorId ? listSheets(eventId, jurorId) : []),
    [eventId, jurorId],
  );
}

export function useSheet(ref: SheetRef | undefined): ScoreSheet | null | undefined {
  return useLiveQuery(
    async () => (ref ? ((await getSheet(ref)) ?? null) : null),
    [ref?.eventId, ref?.jurorId, ref?.teamId],
  );
}
