/**
 * A device is bound to its credential (issue 8, item 6), and redeeming a code is safe to retry (item 9).
 * A tablet's device id is on its screen, so knowing it must not let anyone take over its hash chain,
 * and a reply lost after the COMMIT must not leave a juror with a used code and no credential.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { EnrollResponseSchema } from '#shared/api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import {
  count,
  createTestServer,
  EVENT_ID,
  enroll,
  enrollWithOneBundle,
  issueCode,
  JUROR,
  makeBundle,
  newDeviceId,
  OTHER_JUROR,
  organizerHeaders,
  postBundle,
  postJson,
  readError,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

function redeem(code: string, deviceId: string, firstSeq = 1, token?: string): Promise<Response> {
  return postJson(
    server.app,
    '/api/enroll',
    { code, deviceId, firstSeq },
    token ? { Authorization: `Bearer ${token}` } : {},
  );
}

const packageWith = (token: string) =>
  server.app.request(`/api/events/${EVENT_ID}/package`, { headers: { Authorization: `Bearer ${token}` } });

const revoke = (deviceId: string) =>
  postJson(server.app, `/api/admin/devices/${deviceId}/revoke`, {}, organizerHeaders);

describe('device takeover', () => {
  it("refuses another juror's code redeemed with a known device id, leaving the tablet and the code alone", async () => {
    server = createTestServer();
    const { first, receipt } = await enrollWithOneBundle(server.app);
    const othersCode = await issueCode(server.app, OTHER_JUROR);

    const takeover = await redeem(othersCode, first.device.deviceId, 1);
    expect(takeover.status).toBe(409);
    expect(await readError(takeover)).toMatchObject({ code: 'device_taken' });

    // The victim's credential and chain are untouched…
    expect((await packageWith(first.device.token)).status).toBe(200);
    const next = await makeBundle(first, {
      fromSeq: 2,
      prevHash: receipt.hash,
      changes: [scoreChange(2, 'dispendukcapil', 'efektif', 7)],
    });
    expect((await postBundle(server.app, first.device.token, next)).status).toBe(201);
    // …and the code still enrolls its own juror's tablet.
    expect((await redeem(othersCode, newDeviceId())).status).toBe(201);
  });

  it('refuses a known device id with a wrong token too', async () => {
    server = createTestServer();
    const first = await enroll(server.app);
    const code = await issueCode(server.app);
    const res = await redeem(code, first.device.deviceId, 1, 'a-token-of-someone-else');
    expect(res.status).toBe(409);
    expect((await packageWith(first.device.token)).status).toBe(200);
  });

  it('lets the tablet itself enroll again by showing its current token', async () => {
    server = createTestServer();
    const first = await enroll(server.app);
    const again = await enroll(server.app, OTHER_JUROR, first.device.deviceId, 1, first.device.token);
    expect(again.juror.id).toBe(OTHER_JUROR);
    expect((await packageWith(first.device.token)).status).toBe(401);
  });
});

describe('a revoked device', () => {
  it('stays revoked: a fresh code does not bring it back, even with its old token', async () => {
    server = createTestServer();
    const first = await enroll(server.app);
    expect((await revoke(first.device.deviceId)).status).toBe(200);

    for (const token of [undefined, first.device.token]) {
      const res = await redeem(await issueCode(server.app), first.device.deviceId, 1, token);
      expect(res.status).toBe(403);
      expect(await readError(res)).toMatchObject({ code: 'device_revoked' });
    }
    expect((await packageWith(first.device.token)).status).toBe(401);
    const row = server.db
      .prepare('SELECT revoked_at FROM devices WHERE device_id = ?')
      .pluck()
      .get(first.device.deviceId);
    expect(row).toBe(server.clock.now.toISOString());
  });

  it('cannot be un-revoked by any statement: the database refuses', () => {
    server = createTestServer();
    server.db
      .prepare(
        `INSERT INTO devices (device_id, event_id, juror_id, token_hash, secret, revoked_at, next_seq, last_hash, created_at, enrolled_at)
         VALUES ('tablet-revoked-1', ?, 'juri-1', 'h', 's', '2021-03-16T00:00:00.000Z', 1, ?, 'x', 'x')`,
      )
      .run(EVENT_ID, GENESIS_HASH);
    expect(() =>
      server.db.exec("UPDATE devices SET revoked_at = NULL WHERE device_id = 'tablet-revoked-1'"),
    ).toThrow(/stays revoked/);
  });
});

describe('redeeming a code again (the reply was lost)', () => {
  it('gives the same device the same enrollment back, with a credential that works', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    const deviceId = newDeviceId();
    const first = v.parse(EnrollResponseSchema, await (await redeem(code, deviceId, 4)).json());

    const retry = await redeem(code, deviceId, 4);
    expect(retry.status).toBe(200);
    const second = v.parse(EnrollResponseSchema, await retry.json());
    expect({ ...second, device: { deviceId: second.device.deviceId } }).toEqual({
      ...first,
      device: { deviceId: first.device.deviceId },
    });
    // The lost reply's credential never reached the tablet; the one it now holds works.
    expect((await packageWith(second.device.token)).status).toBe(200);
    expect((await packageWith(first.device.token)).status).toBe(401);
    expect(count(server.db, 'devices')).toBe(1);
  });

  it('answers any other device code_used', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    expect((await redeem(code, newDeviceId())).status).toBe(201);
    const other = await redeem(code, newDeviceId());
    expect(other.status).toBe(410);
    expect(await readError(other)).toMatchObject({ code: 'code_used' });
  });

  it('answers code_used once the credential it issued has been used to upload', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    const deviceId = newDeviceId();
    const enrolled = v.parse(EnrollResponseSchema, await (await redeem(code, deviceId)).json());
    const bundle = await makeBundle(enrolled, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 8)],
    });
    expect((await postBundle(server.app, enrolled.device.token, bundle)).status).toBe(201);

    const retry = await redeem(code, deviceId);
    expect(retry.status).toBe(410);
    expect((await packageWith(enrolled.device.token)).status).toBe(200);
  });

  it('repeats a re-enrollment too: the same chain position, even when firstSeq moved on', async () => {
    server = createTestServer();
    const { first, receipt } = await enrollWithOneBundle(server.app);
    const code = await issueCode(server.app, JUROR);
    const again = await redeem(code, first.device.deviceId, 9, first.device.token);
    expect(again.status).toBe(201);
    // The retry carries the token the tablet still holds: the one the lost reply replaced.
    const retry = await redeem(code, first.device.deviceId, 12, first.device.token);
    expect(retry.status).toBe(200);
    const repeated = v.parse(EnrollResponseSchema, await retry.json());
    expect(repeated.sync).toEqual({ expectedSeq: 2, prevHash: receipt.hash });
  });
});
