/**
 * Every score save validates against the event's rubric. Reading the whole event package (all teams
 * and slots) inside each save transaction would dominate the tap-to-commit time, so rubrics are kept
 * in memory and dropped whenever the events table changes — in this tab or another (Dexie broadcasts
 * `storagemutated` across tabs).
 */
import Dexie from 'dexie';
import { db } from '#app/db/database.ts';
import type { Rubric } from '#shared/event.ts';

const cache = new Map<string, Rubric>();

Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((key) => key.startsWith(`idb://${db.name}/events/`))) cache.clear();
});

/** The rubric of an event on this tablet, or undefined if the event is not here. Call inside a transaction that includes db.events. */
export async function cachedRubric(eventId: string): Promise<Rubric | undefined> {
  const hit = cache.get(eventId);
  if (hit) return hit;
  const row = await db.events.get(eventId);
  if (row) cache.set(eventId, row.pkg.rubric);
  return row?.pkg.rubric;
}

export function forgetRubric(eventId: string): void {
  cache.delete(eventId);
}
