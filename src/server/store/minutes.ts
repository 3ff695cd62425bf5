/** The berita acara's settings per event (migration 50), validated with the shared schema both ways. */
import type { Db } from '#server/db.ts';
import { parseJsonColumn } from '#server/store/rows.ts';
import { type MinutesSettings, MinutesSettingsSchema } from '#shared/berita-acara/settings.ts';

export function createMinutesStore(db: Db) {
  const get = db.prepare<[string], { settings: string }>(
    'SELECT settings FROM minutes_settings WHERE event_id = ?',
  );
  const put = db.prepare<[string, string, string]>(
    `INSERT INTO minutes_settings (event_id, settings, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(event_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
  );
  return {
    /** The saved settings, or undefined while the event still uses its defaults. */
    get(eventId: string): MinutesSettings | undefined {
      const row = get.get(eventId);
      return row && parseJsonColumn(MinutesSettingsSchema, row.settings, 'minutes_settings.settings');
    },
    /** Stores already validated settings. */
    put(eventId: string, settings: MinutesSettings, at: string): void {
      put.run(eventId, JSON.stringify(settings), at);
    },
  };
}
