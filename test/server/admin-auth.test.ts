import { afterEach, describe, expect, it } from 'vitest';
import { organizerLink } from '#server/start.ts';
import { admin, EVENT } from './admin-helpers.ts';
import { createTestServer, ORGANIZER, readError, type TestServer } from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

// Every organizer route the console uses: none may answer anything but 401 without the token.
const ROUTES: ['GET' | 'POST' | 'PUT' | 'DELETE', string][] = [
  ['GET', '/api/admin/events'],
  ['POST', '/api/admin/events'],
  ['GET', EVENT],
  ['PUT', `${EVENT}/info`],
  ['GET', `${EVENT}/audit`],
  ['POST', `${EVENT}/import`],
  ['PUT', `${EVENT}/teams/dispendukcapil`],
  ['DELETE', `${EVENT}/teams/dispendukcapil`],
  ['POST', `${EVENT}/schedule/swap`],
  ['PUT', `${EVENT}/rubric`],
  ['POST', `${EVENT}/rubric/unlock`],
  ['POST', `${EVENT}/jurors`],
  ['PUT', `${EVENT}/jurors/juri-1`],
  ['DELETE', `${EVENT}/jurors/juri-1`],
  ['PUT', `${EVENT}/conflicts`],
  ['POST', `${EVENT}/cards`],
  ['POST', `${EVENT}/jurors/juri-1/code`],
  ['GET', `${EVENT}/progress`],
  ['GET', `${EVENT}/devices`],
  ['POST', '/api/admin/devices/tablet-x/revoke'],
  ['POST', '/api/admin/devices/tablet-x/replace'],
];

describe('organizer token', () => {
  it.each(ROUTES)('%s %s answers 401 without the token and with a wrong one', async (method, path) => {
    server = createTestServer();
    const body = method === 'GET' ? undefined : {};
    const missing = await admin(server.app, method, path, body, null);
    expect(missing.status).toBe(401);
    expect(await readError(missing)).toMatchObject({ code: 'unauthorized' });
    const wrong = await admin(server.app, method, path, body, 'not-the-token');
    expect(wrong.status).toBe(401);
  });

  it('makes a source wait once it tried 20 wrong tokens, says how long, and lets the committee elsewhere in', async () => {
    server = createTestServer({
      trustProxy: true,
      organizerLimits: {
        failures: { perSource: { ratePerSecond: 0.5, burst: 20 }, shared: { ratePerSecond: 2, burst: 100 } },
        requests: { ratePerSecond: 20, burst: 100 },
      },
    });
    const from = (address: string, token: string) =>
      server.app.request('/api/admin/events', {
        headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': address },
      });
    for (let i = 0; i < 20; i++) expect((await from('10.0.0.66', `guess-${i}`)).status).toBe(401);
    const limited = await from('10.0.0.66', ORGANIZER);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('2');
    expect(await readError(limited)).toMatchObject({ code: 'rate_limited' });
    // The committee's laptop is another source: a guesser on the venue Wi-Fi does not lock it out.
    expect((await from('10.0.0.5', ORGANIZER)).status).toBe(200);
    server.clock.advance(2_000);
    expect((await from('10.0.0.66', ORGANIZER)).status).toBe(200);
  });

  it('limits a runaway client holding the right token', async () => {
    server = createTestServer({
      organizerLimits: {
        failures: { perSource: { ratePerSecond: 1, burst: 20 }, shared: { ratePerSecond: 1, burst: 100 } },
        requests: { ratePerSecond: 1, burst: 3 },
      },
    });
    for (let i = 0; i < 3; i++)
      expect((await admin(server.app, 'GET', '/api/admin/events')).status).toBe(200);
    expect((await admin(server.app, 'GET', '/api/admin/events')).status).toBe(429);
  });

  it('prints a console link that carries the token in the fragment, never in the query', () => {
    server = createTestServer();
    const link = new URL(organizerLink('http://192.168.1.10:8787/', 'abc_DEF-123'));
    expect(link.pathname).toBe('/panitia');
    expect(link.search).toBe('');
    expect(link.hash).toBe('#token=abc_DEF-123');
  });
});
