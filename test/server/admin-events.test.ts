import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditListSchema, EventListSchema } from '#shared/admin-api.ts';
import { admin, EVENT, readDetail } from './admin-helpers.ts';
import { createTestServer, readError, type TestServer } from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const NEW_EVENT = {
  id: 'kipp-malang-2022',
  name: 'KIPP Kota Malang 2022',
  organiser: 'Bagian Organisasi, Sekretariat Daerah Kota Malang',
  venue: 'Hotel Gajahmada, Malang',
  days: ['2022-03-15', '2022-03-16'],
  timezone: 'Asia/Jakarta',
  rooms: ['Ruang Bromo', 'Ruang Semeru'],
  presentationMinutes: 7,
  interviewMinutes: 13,
  topGroups: [6, 3],
  rubricPreset: 'kipp-nasional',
};

describe('events', () => {
  it('creates an event with a preset rubric at version 1, lists it and records it in the audit trail', async () => {
    server = createTestServer();
    const created = await admin(server.app, 'POST', '/api/admin/events', NEW_EVENT);
    expect(created.status).toBe(201);
    const detail = await readDetail(created);
    expect(detail.package.event).toMatchObject({
      id: 'kipp-malang-2022',
      packageVersion: 1,
      topGroups: [6, 3],
    });
    expect(detail.package.rubric.id).toBe('kipp-nasional');
    expect(detail.package.teams).toEqual([]);
    expect(detail.rubricLock).toEqual({
      firstScoreAt: null,
      locked: false,
      unlockedAt: null,
      unlockReason: null,
    });

    const list = v.parse(EventListSchema, await (await admin(server.app, 'GET', '/api/admin/events')).json());
    expect(list.events.map((e) => e.id).sort()).toEqual(['kipp-malang-2021', 'kipp-malang-2022']);
    const audit = v.parse(
      AuditListSchema,
      await (await admin(server.app, 'GET', '/api/admin/events/kipp-malang-2022/audit')).json(),
    );
    expect(audit.entries.map((e) => e.kind)).toEqual(['event_created']);
  });

  it('refuses a second event with the same id', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'POST', '/api/admin/events', {
      ...NEW_EVENT,
      id: 'kipp-malang-2021',
    });
    expect(res.status).toBe(409);
    expect(await readError(res)).toMatchObject({ code: 'event_exists' });
  });

  it.each([
    ['days', { ...NEW_EVENT, days: ['15/03/2022'] }, 'days.0'],
    ['name', { ...NEW_EVENT, name: '  ' }, 'name'],
    ['topGroups', { ...NEW_EVENT, topGroups: [0] }, 'topGroups.0'],
    ['interviewMinutes', { ...NEW_EVENT, interviewMinutes: 500 }, 'interviewMinutes'],
    ['id', { ...NEW_EVENT, id: 'KIPP 2022' }, 'id'],
  ])('answers 400 naming %s', async (_label, body, field) => {
    server = createTestServer();
    const res = await admin(server.app, 'POST', '/api/admin/events', body);
    expect(res.status).toBe(400);
    expect((await readError(res)).message.startsWith(`${field}:`)).toBe(true);
  });

  it('edits the settings, publishing the next package version', async () => {
    server = createTestServer();
    const before = await readDetail(await admin(server.app, 'GET', EVENT));
    const { id: _id, packageVersion: _v, ...info } = before.package.event;
    const res = await admin(server.app, 'PUT', `${EVENT}/info`, {
      ...info,
      venue: 'Balai Kota Malang',
      topGroups: [6, 3],
    });
    expect(res.status).toBe(200);
    const after = await readDetail(res);
    expect(after.package.event.venue).toBe('Balai Kota Malang');
    expect(after.package.event.packageVersion).toBe((before.package.event.packageVersion ?? 0) + 1);
  });

  it('refuses to drop a day that still has slots, naming days', async () => {
    server = createTestServer();
    const { package: pkg } = await readDetail(await admin(server.app, 'GET', EVENT));
    const { id: _id, packageVersion: _v, ...info } = pkg.event;
    const res = await admin(server.app, 'PUT', `${EVENT}/info`, { ...info, days: ['2021-03-16'] });
    expect(res.status).toBe(400);
    expect((await readError(res)).message).toMatch(/^days: hari 2021-03-17 masih dipakai/);
  });

  it('answers 404 for an unknown event', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'GET', '/api/admin/events/tidak-ada');
    expect(res.status).toBe(404);
    expect(await readError(res)).toMatchObject({ code: 'event_not_found' });
  });
});
