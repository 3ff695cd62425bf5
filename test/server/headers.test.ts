/**
 * Headers a client writes are not trusted blindly (issue 8, item 10): forwarded headers shape the
 * enrollment links only behind a configured reverse proxy, and a JSON route takes only JSON.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateEnrollmentResponseSchema } from '#shared/api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import {
  count,
  createTestServer,
  EVENT_ID,
  enroll,
  JUROR,
  makeBundle,
  organizerHeaders,
  postJson,
  readError,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

async function linkWith(headers: Record<string, string>): Promise<string> {
  const res = await postJson(
    server.app,
    '/api/admin/enrollments',
    { jurorId: JUROR, eventId: EVENT_ID },
    { ...organizerHeaders, ...headers },
  );
  expect(res.status).toBe(201);
  return v.parse(CreateEnrollmentResponseSchema, await res.json()).url;
}

const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'juri.evil.example' };

describe('enrollment links', () => {
  it('ignore X-Forwarded-Proto/-Host unless the server is configured behind a proxy', async () => {
    server = createTestServer();
    expect(await linkWith(forwarded)).toMatch(/^http:\/\/localhost\/enroll\?code=/);
  });

  it('follow the forwarded origin behind a trusted proxy, but only a plain scheme and host', async () => {
    server = createTestServer({ trustProxy: true });
    expect(await linkWith(forwarded)).toMatch(/^https:\/\/juri\.evil\.example\/enroll\?code=/);
    expect(
      await linkWith({ 'X-Forwarded-Proto': 'javascript', 'X-Forwarded-Host': 'a.example/x?y' }),
    ).toMatch(/^http:\/\/localhost\/enroll\?code=/);
  });

  it('always follow PUBLIC_URL when it is set', async () => {
    server = createTestServer({ publicUrl: 'https://juri.malangkota.go.id/', trustProxy: true });
    expect(await linkWith(forwarded)).toMatch(/^https:\/\/juri\.malangkota\.go\.id\/enroll\?code=/);
  });
});

describe('Content-Type on JSON routes', () => {
  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['none', undefined],
  ])('answers a bundle sent as %s with 415 and stores nothing', async (_name, type) => {
    server = createTestServer();
    const device = await enroll(server.app);
    const bundle = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 8)],
    });
    const headers: Record<string, string> = { Authorization: `Bearer ${device.device.token}` };
    if (type) headers['Content-Type'] = type;
    const res = await server.app.request('/api/bundles', {
      method: 'POST',
      headers,
      body: JSON.stringify(bundle),
    });
    expect(res.status).toBe(415);
    expect(await readError(res)).toMatchObject({ code: 'unsupported_media_type' });
    expect(count(server.db, 'bundles')).toBe(0);
  });

  it('takes application/json with a charset', async () => {
    server = createTestServer();
    const res = await postJson(
      server.app,
      '/api/admin/enrollments',
      { jurorId: JUROR, eventId: EVENT_ID },
      { ...organizerHeaders, 'Content-Type': 'application/json; charset=utf-8' },
    );
    expect(res.status).toBe(201);
  });

  it('answers an enrollment sent as a form with 415', async () => {
    server = createTestServer();
    const res = await server.app.request('/api/enroll', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ code: 'ABCDEFGH', deviceId: 'tablet-0001', firstSeq: 1 }),
    });
    expect(res.status).toBe(415);
  });
});
