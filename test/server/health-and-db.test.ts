import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '#server/db.ts';
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
});
