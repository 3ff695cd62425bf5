/**
 * Guessing enrollment codes stays hopeless (see src/server/http/enroll-guard.ts for the arithmetic)
 * without locking anyone else out: the wrong-code budget is per source, and a source with no wrong
 * code is never held back by the budget that guessers share.
 */
import type { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, issueCode, newDeviceId, readError, type TestServer } from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

/** @hono/node-server hands the Node request to the app as env.incoming; the socket says who asks. */
function attemptFrom(app: Hono, address: string, code: string): Promise<Response> {
  return Promise.resolve(
    app.request(
      '/api/enroll',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, deviceId: newDeviceId(), firstSeq: 1 }),
      },
      { incoming: { socket: { remoteAddress: address } } },
    ),
  );
}

const WRONG = 'ABCDEFGH';

describe('POST /api/enroll: wrong codes', () => {
  it('lets a juror elsewhere enroll with a fresh code while one source guesses', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    for (let i = 0; i < 40; i++) await attemptFrom(server.app, '10.0.0.66', WRONG);

    const juror = await attemptFrom(server.app, '10.0.0.7', code);
    expect(juror.status).toBe(201);
  });

  it('holds a guessing source back after 10 wrong codes, then lets it try once per 6 s', async () => {
    server = createTestServer();
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await attemptFrom(server.app, '10.0.0.66', WRONG)).status);
    expect(statuses).toEqual([...Array(10).fill(404), 429]);

    const blocked = await attemptFrom(server.app, '10.0.0.66', WRONG);
    expect(blocked.headers.get('Retry-After')).toBe('6');
    expect(await readError(blocked)).toMatchObject({ code: 'rate_limited' });
    // Even a real code waits at that source: it cannot tell a juror there from the guesser.
    const code = await issueCode(server.app);
    expect((await attemptFrom(server.app, '10.0.0.66', code)).status).toBe(429);

    server.clock.advance(6_000);
    expect((await attemptFrom(server.app, '10.0.0.66', code)).status).toBe(201);
  });

  it('holds back a crowd of guessing sources together once their shared budget is spent', async () => {
    server = createTestServer();
    // 100 wrong codes from 20 addresses spend the shared budget (each address stays under its own 10).
    for (let i = 0; i < 100; i++) await attemptFrom(server.app, `10.1.0.${i % 20}`, WRONG);
    const again = await attemptFrom(server.app, '10.1.0.3', WRONG);
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe('1');

    // A source that has not guessed wrong is not held back by what the crowd spent.
    const code = await issueCode(server.app);
    expect((await attemptFrom(server.app, '10.2.0.1', code)).status).toBe(201);
  });

  it('does not count a used or expired code as a guess', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    expect((await attemptFrom(server.app, '10.0.0.5', code)).status).toBe(201);
    const statuses = [];
    for (let i = 0; i < 15; i++) statuses.push((await attemptFrom(server.app, '10.0.0.5', code)).status);
    expect(new Set(statuses)).toEqual(new Set([410]));
  });
});
