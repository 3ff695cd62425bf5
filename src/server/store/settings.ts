/** Server-wide settings (the organizer token), one key per row. */
import type { Db } from '#server/db.ts';

export function createSettingsStore(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key: string): string | undefined => get.get(key)?.value,
    put: (key: string, value: string): void => {
      put.run(key, value);
    },
  };
}
