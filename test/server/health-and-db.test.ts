import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '#server/db.ts';
import { MIGRATIONS } from '#server/migrations.ts';
import { createTestServer, readError, type TestServer } from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

describe('health and routing', () => {
  it('answers GET /api/health with ok and the server time', async () => {
    server = createTestServer();
    const res = await server.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, time: server.clock.now.toISOString() });
  });

  it('answers an unknown /api route with the not_found envelope', async () => {
    server = createTestServer();
    const res = await server.app.request('/api/nothing-here', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await readError(res)).toMatchObject({ code: 'not_found' });
  });
});

describe('database file', () => {
  it('is durable: WAL journal, synchronous=FULL, foreign keys on', () => {
    server = createTestServer();
    expect(server.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(server.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(server.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(server.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('records each migration once and does not rerun them when reopened', () => {
    server = createTestServer();
    const reopened = openDatabase(server.file);
    const versions = reopened.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    reopened.close();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('applies a migration numbered below one already applied (branches merged out of order)', () => {
    const db = new Database(':memory:');
    const first = { version: 1, sql: 'CREATE TABLE a (x)' };
    const later = { version: 10, sql: 'CREATE TABLE b (x)' };
    const between = { version: 2, sql: 'CREATE TABLE c (x)' };
    migrate(db, [first, later]);
    migrate(db, [first, between, later]);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();
    expect(tables).toEqual(['a', 'b', 'c', 'schema_migrations']);
    expect(versions).toEqual([1, 2, 10]);
  });
});
