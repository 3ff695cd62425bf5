/**
 * A revoked device stays revoked, so its tablet enrolls under a new device id and names the revoked one.
 * The reply carries the revoked device's final chain head only when that device belongs to the code's
 * event and juror (and only once): then the tablet knows exactly what the server holds, and the new
 * chain starts right after it. For anyone else the reply says nothing about the revoked device.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { type EnrollResponse, EnrollResponseSchema } from '#shared/api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import {
  createTestServer,
  EVENT_ID,
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
  readReceipt,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

interface Named {
  code: string;
  deviceId: string;
  firstSeq: number;
  previousDeviceId?: string;
}

const redeem = (body: Named) => postJson(server.app, '/api/enroll', body);
const reply = async (res: Response): Promise<EnrollResponse> => {
  expect([200, 201]).toContain(res.status);
  return v.parse(EnrollResponseSchema, await res.json());
};
const revoke = async (deviceId: string) =>
  expect(
    (await postJson(server.app, `/api/admin/devices/${deviceId}/revoke`, {}, organizerHeaders)).status,
  ).toBe(200);

/** A tablet of JUROR whose first bundle (seq 1) the server holds, then revoked. */
async function revokedTablet() {
  const { first, receipt } = await enrollWithOneBundle(server.app);
  await revoke(first.device.deviceId);
  return { old: first, head: { deviceId: first.device.deviceId, nextSeq: 2, lastHash: receipt.hash } };
}

describe('a new device id naming its revoked predecessor', () => {
  it("of the same event and juror gets the revoked device's final head, and its chain starts right after it", async () => {
    server = createTestServer();
    const { head } = await revokedTablet();
    const code = await issueCode(server.app, JUROR);
    const deviceId = newDeviceId();

    const res = await redeem({ code, deviceId, firstSeq: 4, previousDeviceId: head.deviceId });
    expect(res.status).toBe(201);
    const enrolled = await reply(res);
    expect(enrolled.previous).toEqual(head);
    expect(enrolled.sync).toEqual({ expectedSeq: 2, prevHash: GENESIS_HASH });

    // The changes the revoked device never delivered (seq 2, 3) now come from the new device.
    const next = await makeBundle(enrolled, {
      fromSeq: 2,
      prevHash: GENESIS_HASH,
      changes: [
        scoreChange(2, 'dispendukcapil', 'efektif', 7),
        scoreChange(3, 'puskesmas-dinoyo', 'kebaruan', 6),
      ],
    });
    expect((await postBundle(server.app, enrolled.device.token, next)).status).toBe(201);
    const stored = server.db
      .prepare<[], { device_id: string; seq: number }>('SELECT device_id, seq FROM changes ORDER BY seq')
      .all();
    expect(stored).toEqual([
      { device_id: head.deviceId, seq: 1 },
      { device_id: deviceId, seq: 2 },
      { device_id: deviceId, seq: 3 },
    ]);
  });

  it('gets the same final head again when the reply was lost and the same code is redeemed again', async () => {
    server = createTestServer();
    const { head } = await revokedTablet();
    const code = await issueCode(server.app, JUROR);
    const deviceId = newDeviceId();
    const first = await reply(await redeem({ code, deviceId, firstSeq: 4, previousDeviceId: head.deviceId }));

    const retry = await redeem({ code, deviceId, firstSeq: 5, previousDeviceId: head.deviceId });
    expect(retry.status).toBe(200);
    const again = await reply(retry);
    expect(again.previous).toEqual(head);
    expect(again.sync).toEqual(first.sync);
  });

  it('a revoked device whose reply was lost just before the revocation: the head names that last bundle', async () => {
    server = createTestServer();
    const { first, receipt } = await enrollWithOneBundle(server.app);
    // The tablet sends seq 2; the server commits it, the reply never arrives; then the panitia revokes.
    const lost = await makeBundle(first, {
      fromSeq: 2,
      prevHash: receipt.hash,
      changes: [scoreChange(2, 'dispendukcapil', 'efektif', 7)],
    });
    const lostReceipt = await readReceipt(await postBundle(server.app, first.device.token, lost));
    await revoke(first.device.deviceId);

    const enrolled = await reply(
      await redeem({
        code: await issueCode(server.app, JUROR),
        deviceId: newDeviceId(),
        firstSeq: 3,
        previousDeviceId: first.device.deviceId,
      }),
    );
    expect(enrolled.previous).toEqual({
      deviceId: first.device.deviceId,
      nextSeq: 3,
      lastHash: lostReceipt.hash,
    });
    expect(enrolled.sync.expectedSeq).toBe(3);
  });
});

describe('the reply says nothing about the named device', () => {
  it("when the code is another juror's (a tablet handed on): the new chain starts at the tablet's firstSeq", async () => {
    server = createTestServer();
    const { head } = await revokedTablet();
    const enrolled = await reply(
      await redeem({
        code: await issueCode(server.app, OTHER_JUROR),
        deviceId: newDeviceId(),
        firstSeq: 4,
        previousDeviceId: head.deviceId,
      }),
    );
    expect(enrolled.juror.id).toBe(OTHER_JUROR);
    expect(enrolled.previous).toBeUndefined();
    expect(enrolled.sync).toEqual({ expectedSeq: 4, prevHash: GENESIS_HASH });
  });

  it('when the named device is not revoked: its chain is still its own', async () => {
    server = createTestServer();
    const { first } = await enrollWithOneBundle(server.app);
    const enrolled = await reply(
      await redeem({
        code: await issueCode(server.app, JUROR),
        deviceId: newDeviceId(),
        firstSeq: 4,
        previousDeviceId: first.device.deviceId,
      }),
    );
    expect(enrolled.previous).toBeUndefined();
    expect(enrolled.sync).toEqual({ expectedSeq: 4, prevHash: GENESIS_HASH });
  });

  it('when the named device was enrolled for the same juror id in another event', async () => {
    server = createTestServer();
    server.db.exec(
      "INSERT INTO events (id, package, created_at) SELECT 'kipp-batu-2021', package, created_at FROM events",
    );
    server.db
      .prepare(
        `INSERT INTO devices (device_id, event_id, juror_id, token_hash, secret, revoked_at, next_seq, last_hash, created_at, enrolled_at)
         VALUES ('tablet-other-event', 'kipp-batu-2021', ?, 'h', 's', '2021-03-16T00:00:00.000Z', 3, ?, 'x', 'x')`,
      )
      .run(JUROR, GENESIS_HASH);
    const enrolled = await reply(
      await redeem({
        code: await issueCode(server.app, JUROR),
        deviceId: newDeviceId(),
        firstSeq: 4,
        previousDeviceId: 'tablet-other-event',
      }),
    );
    expect(enrolled.eventId).toBe(EVENT_ID);
    expect(enrolled.previous).toBeUndefined();
    expect(enrolled.sync.expectedSeq).toBe(4);
  });

  it('when the named device is unknown, or is the enrolling device itself', async () => {
    server = createTestServer();
    for (const previousDeviceId of ['tablet-never-seen', undefined]) {
      const deviceId = newDeviceId();
      const enrolled = await reply(
        await redeem({
          code: await issueCode(server.app, JUROR),
          deviceId,
          firstSeq: 4,
          previousDeviceId: previousDeviceId ?? deviceId,
        }),
      );
      expect(enrolled.previous).toBeUndefined();
      expect(enrolled.sync.expectedSeq).toBe(4);
    }
  });

  it('when the revoked device was continued already: the same changes must never arrive twice', async () => {
    server = createTestServer();
    const { head } = await revokedTablet();
    const first = await reply(
      await redeem({
        code: await issueCode(server.app, JUROR),
        deviceId: newDeviceId(),
        firstSeq: 4,
        previousDeviceId: head.deviceId,
      }),
    );
    expect(first.previous).toEqual(head);

    const second = await reply(
      await redeem({
        code: await issueCode(server.app, JUROR),
        deviceId: newDeviceId(),
        firstSeq: 4,
        previousDeviceId: head.deviceId,
      }),
    );
    expect(second.previous).toBeUndefined();
    expect(second.sync.expectedSeq).toBe(4);
  });

  it("when the revoked device's head is ahead of the tablet's own log: that tablet cannot have sent it", async () => {
    server = createTestServer();
    const { head } = await revokedTablet();
    const enrolled = await reply(
      await redeem({
        code: await issueCode(server.app, JUROR),
        deviceId: newDeviceId(),
        firstSeq: 1,
        previousDeviceId: head.deviceId,
      }),
    );
    expect(enrolled.previous).toBeUndefined();
    expect(enrolled.sync.expectedSeq).toBe(1);
  });
});

describe('what cannot happen', () => {
  it("a revoked device's head cannot move: the database refuses", async () => {
    server = createTestServer();
    const { head } = await revokedTablet();
    expect(() =>
      server.db.prepare('UPDATE devices SET next_seq = 9 WHERE device_id = ?').run(head.deviceId),
    ).toThrow(/final chain head/);
    expect(() =>
      server.db
        .prepare('UPDATE devices SET last_hash = ? WHERE device_id = ?')
        .run(GENESIS_HASH, head.deviceId),
    ).toThrow(/final chain head/);
  });

  it('the revoked device itself still cannot enroll, whatever it names', async () => {
    server = createTestServer();
    const { head, old } = await revokedTablet();
    const res = await postJson(
      server.app,
      '/api/enroll',
      {
        code: await issueCode(server.app, JUROR),
        deviceId: head.deviceId,
        firstSeq: 4,
        previousDeviceId: head.deviceId,
      },
      { Authorization: `Bearer ${old.device.token}` },
    );
    expect(res.status).toBe(403);
    expect(await readError(res)).toMatchObject({ code: 'device_revoked' });
  });

  it('the refusal does not spend the code: the tablet redeems it at once under its new id', async () => {
    server = createTestServer();
    const { head } = await revokedTablet();
    const code = await issueCode(server.app, JUROR);
    const refused = await redeem({ code, deviceId: head.deviceId, firstSeq: 4 });
    expect(refused.status).toBe(403);

    const enrolled = await redeem({
      code,
      deviceId: newDeviceId(),
      firstSeq: 4,
      previousDeviceId: head.deviceId,
    });
    expect(enrolled.status).toBe(201);
    expect((await reply(enrolled)).previous).toEqual(head);
    const other = await redeem({ code, deviceId: newDeviceId(), firstSeq: 4 });
    expect(other.status).toBe(410);
  });

  it('a malformed previousDeviceId is refused with a specific message, and the code stays unused', async () => {
    server = createTestServer();
    const code = await issueCode(server.app, JUROR);
    const res = await redeem({
      code,
      deviceId: newDeviceId(),
      firstSeq: 1,
      previousDeviceId: 'no spaces/allowed',
    });
    expect(res.status).toBe(400);
    const error = await readError(res);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain('previousDeviceId');
    expect((await redeem({ code, deviceId: newDeviceId(), firstSeq: 1 })).status).toBe(201);
  });
});
