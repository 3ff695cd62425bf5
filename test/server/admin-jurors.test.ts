import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuditListSchema,
  DeviceListSchema,
  EnrollmentCardSchema,
  EnrollmentCardsSchema,
  ProgressResponseSchema,
  ReplaceDeviceResponseSchema,
} from '#shared/admin-api.ts';
import { admin, EVENT, readDetail } from './admin-helpers.ts';
import {
  createTestServer,
  EVENT_ID,
  enroll,
  newDeviceId,
  postJson,
  readError,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

async function cards() {
  const res = await admin(server.app, 'POST', `${EVENT}/cards`);
  expect(res.status).toBe(200);
  return v.parse(EnrollmentCardsSchema, await res.json()).cards;
}

describe('jurors and cards', () => {
  it('adds a juror with title and institution, and answers 400 naming the field', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'POST', `${EVENT}/jurors`, {
      name: 'Prof. Dr. Sri Wahyuni, M.Si.',
      title: 'Guru Besar Administrasi Publik',
      institution: 'Universitas Brawijaya',
    });
    expect(res.status).toBe(201);
    const { package: pkg } = await readDetail(res);
    expect(pkg.jurors.at(-1)).toMatchObject({ id: 'j3', institution: 'Universitas Brawijaya' });
    const bad = await admin(server.app, 'POST', `${EVENT}/jurors`, { name: '' });
    expect(bad.status).toBe(400);
    expect((await readError(bad)).message).toMatch(/^name:/);
  });

  it('edits a juror, keeping their id (and so their tablet and sheets)', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'PUT', `${EVENT}/jurors/juri-2`, {
      name: 'Bambang Setiawan, S.Sos.',
      institution: 'Ombudsman RI Perwakilan Jawa Timur',
    });
    expect(res.status).toBe(200);
    const { package: pkg } = await readDetail(res);
    expect(pkg.jurors.find((j) => j.id === 'juri-2')).toMatchObject({
      name: 'Bambang Setiawan, S.Sos.',
      institution: 'Ombudsman RI Perwakilan Jawa Timur',
      role: 'Praktisi pelayanan publik',
    });
    expect((await admin(server.app, 'PUT', `${EVENT}/jurors/juri-9`, { name: 'X' })).status).toBe(404);
  });

  it('refuses cards for an event without teams yet', async () => {
    server = createTestServer();
    await admin(server.app, 'POST', '/api/admin/events', {
      id: 'kosong',
      name: 'Acara kosong',
      organiser: 'Panitia',
      venue: 'Balai Kota',
      days: ['2022-03-15'],
      timezone: 'Asia/Jakarta',
    });
    await admin(server.app, 'POST', '/api/admin/events/kosong/jurors', { name: 'Juri Satu' });
    const res = await admin(server.app, 'POST', '/api/admin/events/kosong/cards');
    expect(res.status).toBe(409);
    expect(await readError(res)).toMatchObject({ code: 'event_incomplete' });
  });

  it('prints one card per juror with an open code and its link, reusing codes on a reprint', async () => {
    server = createTestServer();
    const printed = await cards();
    expect(printed.map((c) => c.jurorId)).toEqual(['juri-1', 'juri-2']);
    for (const card of printed) expect(card.url).toBe(`http://localhost/enroll?code=${card.code}`);
    expect((await cards()).map((c) => c.code)).toEqual(printed.map((c) => c.code));
  });

  it('re-issues a code: the old one stops working, the new one enrolls', async () => {
    server = createTestServer();
    const [old] = await cards();
    if (!old) throw new Error('card');
    const res = await admin(server.app, 'POST', `${EVENT}/jurors/juri-1/code`);
    expect(res.status).toBe(201);
    const fresh = v.parse(EnrollmentCardSchema, await res.json());
    expect(fresh.code).not.toBe(old.code);
    const refused = await postJson(server.app, '/api/enroll', {
      code: old.code,
      deviceId: newDeviceId(),
      firstSeq: 1,
    });
    expect(await readError(refused)).toMatchObject({ code: 'code_expired' });
    const accepted = await postJson(server.app, '/api/enroll', {
      code: fresh.code,
      deviceId: newDeviceId(),
      firstSeq: 1,
    });
    expect(accepted.status).toBe(201);
    expect((await cards()).find((c) => c.jurorId === 'juri-1')?.enrolled).toBe(true);
  });

  it('declares a conflict of interest in advance: the tablet package carries it, the grid shows it', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'PUT', `${EVENT}/conflicts`, {
      jurorId: 'juri-2',
      teamId: 'puskesmas-dinoyo',
      reason: 'Pernah menjadi pembina puskesmas ini',
    });
    expect((await readDetail(res)).package.conflicts).toEqual([
      { jurorId: 'juri-2', teamId: 'puskesmas-dinoyo', reason: 'Pernah menjadi pembina puskesmas ini' },
    ]);
    const progress = v.parse(
      ProgressResponseSchema,
      await (await admin(server.app, 'GET', `${EVENT}/progress`)).json(),
    );
    expect(
      progress.cells.find((c) => c.jurorId === 'juri-2' && c.teamId === 'puskesmas-dinoyo'),
    ).toMatchObject({
      status: 'coi',
      declaredConflict: true,
    });
    const unknown = await admin(server.app, 'PUT', `${EVENT}/conflicts`, {
      jurorId: 'juri-9',
      teamId: 'x',
      reason: null,
    });
    expect(await readError(unknown)).toMatchObject({ code: 'juror_not_found' });
  });

  it('removes a juror without a tablet, but not one with', async () => {
    server = createTestServer();
    await enroll(server.app, 'juri-1');
    const refused = await admin(server.app, 'DELETE', `${EVENT}/jurors/juri-1`);
    expect(refused.status).toBe(409);
    expect(await readError(refused)).toMatchObject({ code: 'juror_active' });
    const removed = await admin(server.app, 'DELETE', `${EVENT}/jurors/juri-2`);
    expect((await readDetail(removed)).package.jurors.map((j) => j.id)).toEqual(['juri-1']);
  });
});

describe('devices', () => {
  it('lists what each tablet last reported, revokes and replaces', async () => {
    server = createTestServer();
    const tablet = await enroll(server.app, 'juri-1');
    await server.app.request(`/api/events/${EVENT_ID}/package`, {
      headers: {
        Authorization: `Bearer ${tablet.device.token}`,
        'X-Juri-Queue': '12',
        'X-Juri-App-Version': '0.1.0+20210316',
        'X-Juri-Package-Version': '0',
      },
    });
    const listed = v.parse(
      DeviceListSchema,
      await (await admin(server.app, 'GET', `${EVENT}/devices`)).json(),
    );
    expect(listed.devices).toEqual([
      expect.objectContaining({
        deviceId: tablet.device.deviceId,
        jurorId: 'juri-1',
        lastSeenAt: '2021-03-16T01:30:00.000Z',
        appVersion: '0.1.0+20210316',
        queueLength: 12,
        packageVersion: 0,
        revokedAt: null,
      }),
    ]);

    const replaced = await admin(server.app, 'POST', `/api/admin/devices/${tablet.device.deviceId}/replace`);
    expect(replaced.status).toBe(200);
    const reply = v.parse(ReplaceDeviceResponseSchema, await replaced.json());
    expect(reply.device.revokedAt).not.toBeNull();
    expect(reply.card).toMatchObject({ jurorId: 'juri-1', enrolled: false });
    const gone = await server.app.request(`/api/events/${EVENT_ID}/package`, {
      headers: { Authorization: `Bearer ${tablet.device.token}` },
    });
    expect(await readError(gone)).toMatchObject({ code: 'revoked' });
    expect((await admin(server.app, 'POST', '/api/admin/devices/unknown-tablet/replace')).status).toBe(404);
    const audit = v.parse(AuditListSchema, await (await admin(server.app, 'GET', `${EVENT}/audit`)).json());
    expect(audit.entries.map((e) => e.kind)).toEqual(['device_revoked', 'code_issued']);
  });

  it('revokes a tablet once, recording it in the audit trail', async () => {
    server = createTestServer();
    const tablet = await enroll(server.app, 'juri-1');
    const path = `/api/admin/devices/${tablet.device.deviceId}/revoke`;
    expect((await admin(server.app, 'POST', path)).status).toBe(200);
    expect((await admin(server.app, 'POST', path)).status).toBe(200);
    const audit = v.parse(AuditListSchema, await (await admin(server.app, 'GET', `${EVENT}/audit`)).json());
    expect(audit.entries.map((e) => e.kind)).toEqual(['device_revoked']);
  });
});
