/**
 * Event packages. Every bundle needs its event's rubric, so parsed packages are cached in memory;
 * the cache is only filled from, and invalidated by, this store. Also the rubric's unlock state: the
 * rubric locks itself when the first score arrives, and an organizer unlock lasts until the next save.
 */

import type { Db } from '#server/db.ts';
import { parsePackage } from '#server/store/rows.ts';
import type { EventPackage } from '#shared/event.ts';

export interface RubricUnlock {
  unlockedAt: string | null;
  unlockReason: string | null;
}

export function createEventsStore(db: Db) {
  const cache = new Map<string, EventPackage>();
  const get = db.prepare<[string], { package: string }>('SELECT package FROM events WHERE id = ?');
  const put = db.prepare<[string, string, string]>(
    'INSERT INTO events (id, package, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET package = excluded.package',
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events');
  const ids = db.prepare<[], { id: string }>('SELECT id FROM events ORDER BY created_at DESC, id');
  const unlockState = db.prepare<[string], { unlockedAt: string | null; unlockReason: string | null }>(
    'SELECT rubric_unlocked_at AS unlockedAt, rubric_unlock_reason AS unlockReason FROM events WHERE id = ?',
  );
  const setUnlock = db.prepare<[string | null, string | null, string]>(
    'UPDATE events SET rubric_unlocked_at = ?, rubric_unlock_reason = ? WHERE id = ?',
  );
  // The first accepted bundle of the event is when its first score arrived.
  const firstScore = db.prepare<[string], { at: string | null }>(
    'SELECT MIN(received_at) AS at FROM bundles WHERE event_id = ?',
  );

  const read = (eventId: string): EventPackage | undefined => {
    const cached = cache.get(eventId);
    if (cached) return cached;
    const row = get.get(eventId);
    if (!row) return undefined;
    const pkg = parsePackage(row.package);
    cache.set(eventId, pkg);
    return pkg;
  };

  return {
    get: read,
    /** Stores an already validated package. */
    put(pkg: EventPackage, at: string): void {
      put.run(pkg.event.id, JSON.stringify(pkg), at);
      cache.delete(pkg.event.id);
    },
    count: (): number => count.get()?.n ?? 0,
    /** Every event, newest first. */
    list: (): EventPackage[] => ids.all().flatMap(({ id }) => read(id) ?? []),
    firstScoreAt: (eventId: string): string | null => firstScore.get(eventId)?.at ?? null,
    rubricUnlock: (eventId: string): RubricUnlock =>
      unlockState.get(eventId) ?? { unlockedAt: null, unlockReason: null },
    unlockRubric(eventId: string, at: string, reason: string): void {
      setUnlock.run(at, reason, eventId);
    },
    relockRubric(eventId: string): void {
      setUnlock.run(null, null, eventId);
    },
  };
}
