import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '#server/db.ts';
import { createGroupCommit } from '#server/store/group-commit.ts';
import { trapCommitsOf } from './helpers.ts';

let dir: string;
let db: Db;
/** A second connection: it sees only what has been committed. */
let reader: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'juri-group-commit-'));
  db = openDatabase(join(dir, 'juri.sqlite'));
  db.exec('CREATE TABLE items (name TEXT PRIMARY KEY)');
  reader = new Database(join(dir, 'juri.sqlite'), { readonly: true });
});
afterEach(() => {
  reader.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (name: string) => () => {
  db.prepare('INSERT INTO items (name) VALUES (?)').run(name);
  return name;
};
const committed = (): string[] =>
  reader
    .prepare<[], { name: string }>('SELECT name FROM items ORDER BY name')
    .all()
    .map((r) => r.name);

describe('group commit', () => {
  it('writes units queued together in one transaction and settles them only after its COMMIT', async () => {
    const commits = createGroupCommit(db);
    const seenByOthers: string[][] = [];
    const first = commits.run(insert('a'));
    const second = commits.run(() => {
      // The first unit has run but is not committed yet: both share one transaction.
      seenByOthers.push(committed());
      return insert('b')();
    });
    const settled = await Promise.all([first.then((v) => [v, ...committed()]), second]);
    expect(seenByOthers).toEqual([[]]);
    expect(settled).toEqual([['a', 'a', 'b'], 'b']);
  });

  it('rolls back a unit that throws alone, and rejects only its promise', async () => {
    const commits = createGroupCommit(db);
    const results = await Promise.allSettled([
      commits.run(insert('a')),
      commits.run(() => {
        insert('half-written')();
        throw new Error('refused');
      }),
      commits.run(insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]).toMatchObject({ reason: new Error('refused') });
    expect(committed()).toEqual(['a', 'c']);
  });

  it('rejects every unit of a batch whose COMMIT fails, leaving none of their writes', async () => {
    const commits = createGroupCommit(db);
    trapCommitsOf(db, 'items', 'name');
    const results = await Promise.allSettled([commits.run(insert('a')), commits.run(insert('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(committed()).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });

  it('rejects the whole batch when SQLite ends its transaction inside a unit', async () => {
    const commits = createGroupCommit(db);
    const results = await Promise.allSettled([
      commits.run(insert('a')),
      commits.run(() => db.exec('ROLLBACK')),
      commits.run(insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(committed()).toEqual([]);
  });

  it('splits a burst over several transactions without losing or reordering units', async () => {
    const commits = createGroupCommit(db, 2);
    const names = ['a', 'b', 'c', 'd', 'e'];
    const order: string[] = [];
    await Promise.all(names.map((n) => commits.run(insert(n)).then((v) => order.push(v))));
    expect(order).toEqual(names);
    expect(committed()).toEqual(names);
  });
});
