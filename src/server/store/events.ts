/**
 * Event packages. Every bundle needs its event's rubric, so parsed packages are cached in memory;
 * the cache is only filled from, and invalidated by, this store.
 */

import type { Db } from '#server/db.ts';
import { parsePackage } from '#server/store/rows.ts';
import type { EventPackage } from '#shared/event.ts';

export function createEventsStore(db: Db) {
  const cache = new Map<string, EventPackage>();
  const get = db.prepare<[string], { package: string }>('SELECT package FROM events WHERE id = ?');
  const put = db.prepare<[string, string, string]>(
    'INSERT INTO events (id, package, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET package = excluded.package',
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events');

  return {
    get(eventId: string): EventPackage | undefined {
      const cached = cache.get(eventId);
      if (cached) return cached;
      const row = get.get(eventId);
      if (!row) return undefined;
      const pkg = parsePackage(row.package);
      cache.set(eventId, pkg);
      return pkg;
    },
    /** Stores an already validated package. */
    put(pkg: EventPackage, at: string): void {
      put.run(pkg.event.id, JSON.stringify(pkg), at);
      cache.delete(pkg.event.id);
    },
    count: (): number => count.get()?.n ?? 0,
  };
}
