/**
 * Opens the server's SQLite file. Durability is explicit: WAL with synchronous=FULL, so a receipt is
 * only sent for a bundle that survives a power cut.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from '#server/migrations.ts';

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

/**
 * Applies every migration not yet recorded, in version order, each in its own transaction. Recorded
 * versions are compared one by one rather than against the highest, so a migration numbered below one
 * already applied (work merged in a different order than it was numbered) still runs.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
  const record = db.prepare<[number, string]>(
    'INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)',
  );
  const pending = migrations.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    })();
  }
  return Math.max(0, ...applied, ...migrations.map((m) => m.version));
}
