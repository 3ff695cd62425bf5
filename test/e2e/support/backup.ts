/**
 * An organizer's backup of the server's SQLite file, taken while it runs (SQLite's online backup, as
 * `sqlite3 .backup` does), and putting it back while the server is stopped.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const DB_FILE = 'juri.sqlite';

export async function backupDatabase(dataDir: string): Promise<string> {
  const target = join(mkdtempSync(join(tmpdir(), 'juri-backup-')), DB_FILE);
  const db = new Database(join(dataDir, DB_FILE), { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return target;
}

/** Replaces the (stopped) server's database with `backup`. */
export function restoreDatabase(dataDir: string, backup: string): void {
  const file = join(dataDir, DB_FILE);
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(backup, file);
}
