/** Event packages: validated with the shared schema before anything is stored. */

import { db, type EventRow, type EventSource } from '#app/db/database.ts';
import { InvalidPackageError } from '#app/db/errors.ts';
import { forgetRubric } from '#app/db/rubric-cache.ts';
import type { EventPackage } from '#shared/event.ts';

/** Validates an event package with the shared schema; throws InvalidPackageError naming the field. */
export async function parseEventPackage(input: unknown): Promise<EventPackage> {
  // Loaded on demand: packages arrive rarely (first start, enrollment, import), scores often.
  // Never call this inside a Dexie transaction: a pending import() lets IndexedDB auto-commit it.
  const [{ EventPackageSchema }, { parseWith }] = await Promise.all([
    import('#shared/event.ts'),
    import('#shared/validation.ts'),
  ]);
  const parsed = parseWith(EventPackageSchema, input);
  if (!parsed.ok) throw new InvalidPackageError(parsed.field, parsed.message);
  return parsed.value;
}

/** Stores an already validated package; safe inside a transaction that includes db.events. */
export async function putEventPackage(pkg: EventPackage, source: EventSource): Promise<void> {
  await db.events.put({ id: pkg.event.id, pkg, source, loadedAt: new Date().toISOString() });
  forgetRubric(pkg.event.id);
}

/** Validates and stores an event package; throws InvalidPackageError naming the field, storing nothing. */
export async function saveEventPackage(input: unknown, source: EventSource): Promise<EventPackage> {
  const pkg = await parseEventPackage(input);
  await putEventPackage(pkg, source);
  return pkg;
}

export async function getEventPackage(eventId: string): Promise<EventPackage | undefined> {
  return (await db.events.get(eventId))?.pkg;
}

export async function listEvents(): Promise<EventRow[]> {
  return db.events.toArray();
}
