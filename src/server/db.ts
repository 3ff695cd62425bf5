/**
 * Opens the server's SQLite file. Durability is explicit: WAL with synchronous=FULL, so a receipt is
 * only sent for a bundle that survives a power cut.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from '#server/migrations.ts';

export type Db = Database.Database;

/** Opens (creating if needed) and migrates the database at `file`, or an in-memory one for ':memory:'. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Applies every migration newer than the recorded version, each in its own transaction. */
export function migrate(db: Db): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const current = db
    .prepare<[], { version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations')
    .get();
  const applied = current?.version ?? 0;
  const record = db.prepare<[number, string]>(
    'INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)',
  );
  for (const migration of MIGRATIONS) {
    if (migration.version <= applied) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    })();
  }
  return MIGRATIONS.at(-1)?.version ?? applied;
}
