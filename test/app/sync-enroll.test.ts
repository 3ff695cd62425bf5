import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getCredential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { getDeviceId, getSession } from '#app/db/meta-repo.ts';
import { getSyncStatus, recordSyncProblem } from '#app/db/sync-status-repo.ts';
import { enrollWithCode, normaliseCode } from '#app/sync/enroll.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { EVENT_ID, emptyTablet, scoreChanges } from './sync-fixtures.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function goodReply(deviceId: string, expectedSeq = 3) {
  return json(201, {
    device: { deviceId, token: 'tok-123', secret: 'sec-456' },
    juror: { id: 'juri-1', name: 'Dr. Ratna Wulandari' },
    eventId: EVENT_ID,
    package: makeSmallEvent(),
    sync: { expectedSeq, prevHash: GENESIS_HASH },
  });
}

beforeEach(emptyTablet);

describe('enrolling with a code', () => {
  it.each([
    ['abcd-efgh', 'ABCDEFGH'],
    [' ABCD EFGH ', 'ABCDEFGH'],
    ['abcdefg', undefined],
    ['ABCDEFG0', undefined],
  ])('reads %j as %j', (typed, code) => {
    expect(normaliseCode(typed)).toBe(code);
  });

  it('redeems the code for this device, stores the package, the credential and an enrolled session', async () => {
    await scoreChanges(2, 'juri-2');
    const deviceId = await getDeviceId();
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => goodReply(deviceId));

    const outcome = await enrollWithCode('abcd-efgh', { fetchImpl });

    expect(outcome).toEqual({ ok: true, jurorName: 'Dr. Ratna Wulandari', eventId: EVENT_ID });
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/api/enroll');
    expect(JSON.parse(String(init?.body))).toEqual({ code: 'ABCDEFGH', deviceId, firstSeq: 3 });
    expect(await getCredential()).toMatchObject({
      deviceId,
      token: 'tok-123',
      secret: 'sec-456',
      jurorId: 'juri-1',
      eventId: EVENT_ID,
      expectedSeq: 3,
    });
    expect(await getSession()).toEqual({
      eventId: EVENT_ID,
      jurorId: 'juri-1',
      pactAcceptedAt: null,
      mode: 'enrolled',
    });
    expect((await db.events.get(EVENT_ID))?.source).toBe('enrolled');
  });

  it('clears an old "credential revoked" once a new credential is stored', async () => {
    await recordSyncProblem({ code: 'revoked', at: new Date().toISOString() });
    const deviceId = await getDeviceId();
    await enrollWithCode('ABCDEFGH', { fetchImpl: async () => goodReply(deviceId) });
    expect((await getSyncStatus()).problem).toBeNull();
  });

  it.each([
    [404, 'code_not_found'],
    [410, 'code_used'],
    [410, 'code_expired'],
  ] as const)('answers %i %s without storing anything', async (status, code) => {
    const outcome = await enrollWithCode('ABCDEFGH', {
      fetchImpl: async () => json(status, { error: { code, message: 'no' } }),
    });
    expect(outcome).toMatchObject({ ok: false, failure: code });
    expect(await getCredential()).toBeUndefined();
    expect(await getSession()).toBeUndefined();
  });

  it('sends no credential the first time, and the current token when enrolling again', async () => {
    const deviceId = await getDeviceId();
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => goodReply(deviceId));
    await enrollWithCode('ABCDEFGH', { fetchImpl });
    await enrollWithCode('JKLMNPQR', { fetchImpl });

    const authorization = fetchImpl.mock.calls.map(([, init]) =>
      new Headers(init?.headers).get('authorization'),
    );
    // The server binds a device id to its credential: only the tablet holding it may enroll it again.
    expect(authorization).toEqual([null, 'Bearer tok-123']);
  });

  it('sends the request body as canonical JSON (keys sorted, no whitespace)', async () => {
    const deviceId = await getDeviceId();
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => goodReply(deviceId));
    await enrollWithCode('ABCDEFGH', { fetchImpl });
    expect(fetchImpl.mock.calls[0]?.[1]?.body).toBe(
      `{"code":"ABCDEFGH","deviceId":"${deviceId}","firstSeq":1}`,
    );
  });

  it.each([
    [403, 'device_revoked'],
    [409, 'device_taken'],
  ] as const)('explains %i %s in its own words, storing nothing', async (status, code) => {
    const outcome = await enrollWithCode('ABCDEFGH', {
      fetchImpl: async () => json(status, { error: { code, message: 'no' } }),
    });
    expect(outcome).toMatchObject({ ok: false, failure: code });
    expect(await getCredential()).toBeUndefined();
  });

  it('tells the juror to wait when the server is holding back wrong-code guesses', async () => {
    const outcome = await enrollWithCode('ABCDEFGH', {
      fetchImpl: async () => json(429, { error: { code: 'rate_limited', message: 'retry in 5 s' } }),
    });
    expect(outcome).toMatchObject({ ok: false, failure: 'too_many_attempts' });
    expect(await getCredential()).toBeUndefined();
  });

  it.each<[string, () => Promise<Response>]>([
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch'))],
    [
      'a portal page',
      async () =>
        new Response('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    ],
  ])('calls %s being offline', async (_name, fetchImpl) => {
    expect(await enrollWithCode('ABCDEFGH', { fetchImpl })).toMatchObject({ ok: false, failure: 'offline' });
    expect(await getCredential()).toBeUndefined();
  });

  it('refuses a reply meant for another device or carrying a broken package', async () => {
    const other = await enrollWithCode('ABCDEFGH', { fetchImpl: async () => goodReply('dev-someone-else') });
    expect(other).toMatchObject({ ok: false, failure: 'bad_reply' });
    const deviceId = await getDeviceId();
    const broken = await enrollWithCode('ABCDEFGH', {
      fetchImpl: async () => {
        const reply = await (await goodReply(deviceId)).json();
        return json(201, { ...reply, package: { ...reply.package, rubric: null } });
      },
    });
    expect(broken).toMatchObject({ ok: false, failure: 'bad_reply' });
    expect(await getCredential()).toBeUndefined();
  });

  it('checks the code before asking the server', async () => {
    const fetchImpl = vi.fn(fetch);
    expect(await enrollWithCode('12', { fetchImpl })).toEqual({ ok: false, failure: 'invalid_code' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
