import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES } from '#shared/api.ts';
import {
  count,
  createTestServer,
  EVENT_ID,
  enroll,
  postBundle,
  readError,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

/** A body that is not even JSON: if the server parsed it first, it would answer 400, not 413. */
const oversized = (bytes: number) => `{${'x'.repeat(bytes)}`;

describe('body limit', () => {
  it('answers a body over the limit with 413 before parsing it', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const res = await postBundle(server.app, device.device.token, oversized(MAX_BODY_BYTES));
    expect(res.status).toBe(413);
    expect(await readError(res)).toMatchObject({ code: 'payload_too_large' });
    expect(count(server.db, 'bundles')).toBe(0);
  });

  it('cuts off a chunked body without Content-Length too', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 4 * MAX_BODY_BYTES) controller.close();
        else controller.enqueue(chunk);
      },
    });
    // Node's fetch needs duplex for a stream body; the DOM typings do not know it yet.
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { Authorization: `Bearer ${device.device.token}`, 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    };
    const request = new Request('http://localhost/api/bundles', init);
    expect(request.headers.has('content-length')).toBe(false);
    const res = await server.app.request(request);
    expect(res.status).toBe(413);
    expect(await readError(res)).toMatchObject({ code: 'payload_too_large' });
    expect(sent).toBeLessThan(2 * MAX_BODY_BYTES);
  });
});

/** A chunked body of 64 KiB chunks that counts how much of it was pulled, up to `total` bytes. */
function countedStream(total: number) {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunk.length;
      if (pulled.bytes > total) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return { body, pulled };
}

function chunkedPost(
  path: string,
  body: ReadableStream<Uint8Array>,
  headers: Record<string, string>,
): Request {
  // Node's fetch needs duplex for a stream body; the DOM typings do not know it yet.
  const init: RequestInit & { duplex: 'half' } = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
    duplex: 'half',
  };
  return new Request(`http://localhost${path}`, init);
}

describe('bodies are read only after authentication (item 8)', () => {
  it.each([
    ['/api/bundles', { Authorization: 'Bearer not-a-real-token' }, 401],
    ['/api/admin/enrollments', {}, 401],
  ])('answers %s without a valid credential before reading its body', async (path, headers, status) => {
    server = createTestServer();
    const { body, pulled } = countedStream(MAX_BODY_BYTES - 1024);
    const res = await server.app.request(chunkedPost(path, body, headers));
    expect(res.status).toBe(status);
    // At most what the stream queues up by itself before anyone reads.
    expect(pulled.bytes).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('answers a body the client cut off with 400, not a logged 500', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 3) controller.error(new Error('aborted'));
        else controller.enqueue(new TextEncoder().encode('{"version":1,'));
      },
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await server.app.request(
        chunkedPost('/api/bundles', body, { Authorization: `Bearer ${device.device.token}` }),
      );
      expect(res.status).toBe(400);
      expect(await readError(res)).toMatchObject({ code: 'invalid_request' });
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});

describe('credentials', () => {
  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { Authorization: 'Bearer not-a-real-token' }],
    ['a non-bearer scheme', { Authorization: 'Basic dXNlcjpwYXNz' }],
  ])('answers %s with 401 unauthorized', async (_name, headers) => {
    server = createTestServer();
    const res = await server.app.request('/api/bundles', { method: 'POST', headers, body: '{}' });
    expect(res.status).toBe(401);
    expect(await readError(res)).toMatchObject({ code: 'unauthorized' });
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a credential spends its burst, and recovers as tokens refill', async () => {
    server = createTestServer({ rateLimit: { ratePerSecond: 2, burst: 3 } });
    const device = await enroll(server.app);
    const fetchPackage = () =>
      server.app.request(`/api/events/${EVENT_ID}/package`, {
        headers: { Authorization: `Bearer ${device.device.token}` },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetchPackage()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);

    const limited = await fetchPackage();
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect(await readError(limited)).toMatchObject({ code: 'rate_limited' });

    const other = await enroll(server.app);
    const otherRes = await server.app.request(`/api/events/${EVENT_ID}/package`, {
      headers: { Authorization: `Bearer ${other.device.token}` },
    });
    expect(otherRes.status).toBe(200);

    server.clock.advance(500);
    expect((await fetchPackage()).status).toBe(200);
  });
});
