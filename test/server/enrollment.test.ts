import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.ts';
import {
  CreateEnrollmentResponseSchema,
  ENROLLMENT_CODE_ALPHABET,
  EnrollmentCodeSchema,
} from '#shared/api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import {
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
  readReceipt,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

describe('POST /api/admin/enrollments', () => {
  it('issues an 8-character code from the unambiguous alphabet, valid for 72 hours, with its link', async () => {
    server = createTestServer();
    const res = await postJson(
      server.app,
      'http://juri.local:8787/api/admin/enrollments',
      { jurorId: JUROR, eventId: EVENT_ID },
      organizerHeaders,
    );
    expect(res.status).toBe(201);
    const body = v.parse(CreateEnrollmentResponseSchema, await res.json());
    expect(body.code).toMatch(new RegExp(`^[${ENROLLMENT_CODE_ALPHABET}]{8}$`));
    expect(body.code).not.toMatch(/[01OI]/);
    expect(body.url).toBe(`http://juri.local:8787/enroll?code=${body.code}`);
    expect(body.expiresAt).toBe('2021-03-19T01:30:00.000Z');
    expect(body.jurorId).toBe(JUROR);
  });

  it('uses the configured public URL in the link', async () => {
    server = createTestServer();
    const app = createApp({ db: server.db, publicUrl: 'https://juri.example.org/' });
    const res = await postJson(
      app,
      '/api/admin/enrollments',
      { jurorId: JUROR, eventId: EVENT_ID },
      organizerHeaders,
    );
    const body = v.parse(CreateEnrollmentResponseSchema, await res.json());
    expect(body.url).toBe(`https://juri.example.org/enroll?code=${body.code}`);
  });

  it('refuses without the organizer token', async () => {
    server = createTestServer();
    const res = await postJson(
      server.app,
      '/api/admin/enrollments',
      { jurorId: JUROR, eventId: EVENT_ID },
      { Authorization: 'Bearer wrong' },
    );
    expect(res.status).toBe(401);
    expect(await readError(res)).toMatchObject({ code: 'unauthorized' });
  });

  it.each([
    ['a juror not on the panel', 404, 'juror_not_found', { jurorId: 'juri-9', eventId: EVENT_ID }],
    ['an unknown event', 404, 'event_not_found', { jurorId: JUROR, eventId: 'lain' }],
    ['a body without jurorId', 400, 'invalid_request', { eventId: EVENT_ID }],
  ])('answers %s with %i %s', async (_name, status, code, body) => {
    server = createTestServer();
    const res = await postJson(server.app, '/api/admin/enrollments', body, organizerHeaders);
    expect(res.status).toBe(status);
    expect(await readError(res)).toMatchObject({ code });
  });

  it('renders the link as a QR code SVG', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    const res = await server.app.request(`/api/admin/enrollments/${code}/qr.svg`, {
      headers: organizerHeaders,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const missing = await server.app.request('/api/admin/enrollments/ZZZZZZZZ/qr.svg', {
      headers: organizerHeaders,
    });
    expect(missing.status).toBe(404);
  });
});

describe('POST /api/enroll', () => {
  it('hands the tablet its credential, juror, package and a fresh chain', async () => {
    server = createTestServer();
    const deviceId = newDeviceId();
    const enrolled = await enroll(server.app, JUROR, deviceId, 7);
    expect(enrolled.device.deviceId).toBe(deviceId);
    expect(enrolled.device.token.length).toBeGreaterThanOrEqual(32);
    expect(enrolled.device.secret.length).toBeGreaterThanOrEqual(32);
    expect(enrolled.juror).toEqual({ id: JUROR, name: 'Dr. Ratna Wulandari' });
    expect(enrolled.eventId).toBe(EVENT_ID);
    expect(enrolled.package).toEqual(server.pkg);
    expect(enrolled.sync).toEqual({ expectedSeq: 7, prevHash: GENESIS_HASH });
    const stored = server.db
      .prepare('SELECT token_hash FROM devices WHERE device_id = ?')
      .pluck()
      .get(deviceId);
    expect(stored).not.toBe(enrolled.device.token);
  });

  it('takes the code as the tablet normalises what was typed, and refuses it unnormalised', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    const typed = `${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`;
    const raw = await postJson(server.app, '/api/enroll', {
      code: typed,
      deviceId: newDeviceId(),
      firstSeq: 1,
    });
    expect(raw.status).toBe(400);
    expect(await readError(raw)).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/^code/),
    });
    const normalised = v.parse(EnrollmentCodeSchema, typed);
    const res = await postJson(server.app, '/api/enroll', {
      code: normalised,
      deviceId: newDeviceId(),
      firstSeq: 1,
    });
    expect(res.status).toBe(201);
  });

  it('lets a code be used once only', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    expect(
      (await postJson(server.app, '/api/enroll', { code, deviceId: newDeviceId(), firstSeq: 1 })).status,
    ).toBe(201);
    const again = await postJson(server.app, '/api/enroll', { code, deviceId: newDeviceId(), firstSeq: 1 });
    expect(again.status).toBe(410);
    expect(await readError(again)).toMatchObject({ code: 'code_used' });
  });

  it('refuses an expired code with 410 code_expired', async () => {
    server = createTestServer();
    const code = await issueCode(server.app);
    server.clock.advance(72 * 3600 * 1000);
    const res = await postJson(server.app, '/api/enroll', { code, deviceId: newDeviceId(), firstSeq: 1 });
    expect(res.status).toBe(410);
    expect(await readError(res)).toMatchObject({ code: 'code_expired' });
  });

  it('answers an unknown code with 404 code_not_found and a malformed one with 400', async () => {
    server = createTestServer();
    const unknown = await postJson(server.app, '/api/enroll', {
      code: 'ABCDEFGH',
      deviceId: newDeviceId(),
      firstSeq: 1,
    });
    expect(unknown.status).toBe(404);
    expect(await readError(unknown)).toMatchObject({ code: 'code_not_found' });
    const malformed = await postJson(server.app, '/api/enroll', { code: 'ABC', deviceId: 'x', firstSeq: 1 });
    expect(malformed.status).toBe(400);
    expect(await readError(malformed)).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('code'),
    });
  });

  it('re-enrolling the same tablet keeps its chain and replaces its credential', async () => {
    server = createTestServer();
    const { first, receipt } = await enrollWithOneBundle(server.app);

    const second = await enroll(server.app, JUROR, first.device.deviceId, 1, first.device.token);
    expect(second.sync).toEqual({ expectedSeq: 2, prevHash: receipt.hash });
    expect(second.device.token).not.toBe(first.device.token);
    const oldToken = await server.app.request(`/api/events/${EVENT_ID}/package`, {
      headers: { Authorization: `Bearer ${first.device.token}` },
    });
    expect(oldToken.status).toBe(401);
    const next = await makeBundle(second, {
      fromSeq: 2,
      prevHash: receipt.hash,
      changes: [scoreChange(2, 'dispendukcapil', 'efektif', 7)],
    });
    expect((await postBundle(server.app, second.device.token, next)).status).toBe(201);
  });
});

describe('POST /api/enroll: a tablet handed to another juror', () => {
  it('keeps the hash chain, skips to firstSeq and retires the previous credential', async () => {
    server = createTestServer();
    const { first, bundle, receipt } = await enrollWithOneBundle(server.app);

    const second = await enroll(server.app, OTHER_JUROR, first.device.deviceId, 5, first.device.token);
    expect(second.juror.id).toBe(OTHER_JUROR);
    expect(second.sync).toEqual({ expectedSeq: 5, prevHash: receipt.hash });
    const next = await makeBundle(second, {
      fromSeq: 5,
      prevHash: receipt.hash,
      changes: [scoreChange(5, 'dispendukcapil', 'kebaruan', 6, OTHER_JUROR)],
    });
    expect((await postBundle(server.app, second.device.token, next)).status).toBe(201);
    expect((await postBundle(server.app, first.device.token, next)).status).toBe(401);
    const resent = await postBundle(server.app, second.device.token, bundle);
    expect(resent.status).toBe(200);
    expect(await readReceipt(resent)).toEqual(receipt);
  });
});

describe('POST /api/enroll: a replacement tablet for the same juror', () => {
  it("hands the new device the juror's sheets from the broken one, and no other juror's", async () => {
    server = createTestServer();
    const broken = await enroll(server.app);
    // Only a complete sheet may be final: all five criteria first.
    const scored = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'].map((id, i) =>
      scoreChange(i + 1, 'dispendukcapil', id, 8),
    );
    const finalise: ChangeEntry = {
      ...scoreChange(6, 'dispendukcapil', 'kebaruan', 0),
      kind: 'status',
      criterionId: null,
      oldValue: 'draft',
      newValue: 'final',
    };
    const conflict: ChangeEntry = {
      ...scoreChange(7, 'puskesmas-dinoyo', 'kebaruan', 0),
      kind: 'status',
      criterionId: null,
      oldValue: null,
      newValue: 'coi',
      reason: 'Istri saya bekerja di puskesmas ini',
    };
    const bundle = await makeBundle(broken, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [...scored, finalise, conflict],
    });
    expect((await postBundle(server.app, broken.device.token, bundle)).status).toBe(201);
    const colleague = await enroll(server.app, OTHER_JUROR);
    const theirs = await makeBundle(colleague, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 5, OTHER_JUROR)],
    });
    expect((await postBundle(server.app, colleague.device.token, theirs)).status).toBe(201);

    const replacement = await enroll(server.app, JUROR, newDeviceId(), 1);

    expect(replacement.sync).toEqual({ expectedSeq: 1, prevHash: GENESIS_HASH });
    expect(replacement.sheets.map((s) => [s.jurorId, s.teamId, s.status])).toEqual([
      [JUROR, 'dispendukcapil', 'final'],
      [JUROR, 'puskesmas-dinoyo', 'coi'],
    ]);
    expect(replacement.sheets[0]?.scores).toEqual({
      kebaruan: 8,
      efektif: 8,
      bermanfaat: 8,
      replikasi: 8,
      berkelanjutan: 8,
    });
    expect(replacement.sheets[1]?.coiReason).toBe('Istri saya bekerja di puskesmas ini');
  });

  it('hands a juror with nothing uploaded yet an empty list', async () => {
    server = createTestServer();
    expect((await enroll(server.app)).sheets).toEqual([]);
  });
});

describe('device credentials', () => {
  it('lets an enrolled tablet fetch its event package, and only its own', async () => {
    server = createTestServer();
    const enrolled = await enroll(server.app);
    const headers = { Authorization: `Bearer ${enrolled.device.token}` };
    const res = await server.app.request(`/api/events/${EVENT_ID}/package`, { headers });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(server.pkg);
    const other = await server.app.request('/api/events/lain/package', { headers });
    expect(other.status).toBe(403);
    const anonymous = await server.app.request(`/api/events/${EVENT_ID}/package`);
    expect(anonymous.status).toBe(401);
    expect(await readError(anonymous)).toMatchObject({ code: 'unauthorized' });
  });

  it('stops a revoked credential with 401 revoked', async () => {
    server = createTestServer();
    const enrolled = await enroll(server.app);
    const revoke = await postJson(
      server.app,
      `/api/admin/devices/${enrolled.device.deviceId}/revoke`,
      {},
      organizerHeaders,
    );
    expect(revoke.status).toBe(200);
    expect(await revoke.json()).toEqual({
      deviceId: enrolled.device.deviceId,
      revokedAt: server.clock.now.toISOString(),
    });

    const bundle = await makeBundle(enrolled, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 8)],
    });
    const res = await postBundle(server.app, enrolled.device.token, bundle);
    expect(res.status).toBe(401);
    expect(await readError(res)).toMatchObject({ code: 'revoked' });
    const pkg = await server.app.request(`/api/events/${EVENT_ID}/package`, {
      headers: { Authorization: `Bearer ${enrolled.device.token}` },
    });
    expect(pkg.status).toBe(401);
  });

  it('answers revoking an unknown device with 404 device_not_found', async () => {
    server = createTestServer();
    const res = await postJson(server.app, '/api/admin/devices/no-such-device/revoke', {}, organizerHeaders);
    expect(res.status).toBe(404);
    expect(await readError(res)).toMatchObject({ code: 'device_not_found' });
  });
});
