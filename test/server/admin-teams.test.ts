import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressResponseSchema } from '#shared/admin-api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { EventPackageSchema } from '#shared/event.ts';
import { admin, EVENT, importRows, readDetail } from './admin-helpers.ts';
import {
  createTestServer,
  EVENT_ID,
  enroll,
  makeBundle,
  postBundle,
  readError,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const MOVE = {
  agency: 'Dinas Kependudukan dan Pencatatan Sipil',
  agencyType: 'perangkat-daerah',
  title: 'Layanan Adminduk Drive-Thru',
  summary: 'Warga mengurus dokumen kependudukan tanpa turun dari kendaraan selama pandemi.',
  slot: { day: '2021-03-16', start: '10:40', room: 'Ruang Gajahmada 1' },
};

describe('team import', () => {
  it('imports 46 teams all at once: the small event’s three are withdrawn, not deleted', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'POST', `${EVENT}/import`, { baseVersion: 0, rows: importRows() });
    expect(res.status).toBe(200);
    const { package: pkg } = await readDetail(res);
    expect(pkg.event.packageVersion).toBe(1);
    expect(pkg.teams.filter((t) => !t.withdrawn)).toHaveLength(46);
    expect(pkg.teams.filter((t) => t.withdrawn).map((t) => t.id)).toEqual([
      'dispendukcapil',
      'puskesmas-dinoyo',
      'smpn-5-malang',
    ]);
    expect(pkg.slots).toHaveLength(46);
    expect(pkg.teams.find((t) => t.no === 7)?.id).toBe('t07');
  });

  it('keeps team ids when the same numbers come again, and only moves what moved', async () => {
    server = createTestServer();
    await admin(server.app, 'POST', `${EVENT}/import`, { baseVersion: 0, rows: importRows() });
    const rows = importRows();
    const moved = rows[4];
    if (!moved) throw new Error('row 5');
    moved.start = '15:40';
    const res = await admin(server.app, 'POST', `${EVENT}/import`, { baseVersion: 1, rows });
    const { package: pkg } = await readDetail(res);
    expect(pkg.slots.find((s) => s.teamId === 't05')?.start).toBe('15:40');
    const audit = await (await admin(server.app, 'GET', `${EVENT}/audit`)).json();
    expect(JSON.stringify(audit)).toContain('0 baru, 1 pindah jadwal, 0 diubah, 0 ditarik');
  });

  it('refuses a preview made against an older version', async () => {
    server = createTestServer();
    await admin(server.app, 'POST', `${EVENT}/import`, { baseVersion: 0, rows: importRows() });
    const res = await admin(server.app, 'POST', `${EVENT}/import`, { baseVersion: 0, rows: importRows() });
    expect(res.status).toBe(409);
    expect(await readError(res)).toMatchObject({ code: 'version_conflict' });
  });

  it('answers 400 naming the row and column of a bad cell and imports nothing', async () => {
    server = createTestServer();
    const rows = importRows();
    const bad = rows[2];
    if (!bad) throw new Error('row 4');
    bad.start = '25.00';
    const res = await admin(server.app, 'POST', `${EVENT}/import`, { baseVersion: 0, rows });
    expect(res.status).toBe(400);
    expect((await readError(res)).message).toBe('Baris 4, kolom Jam mulai (G): harus jam, misalnya 08.30');
    const { package: pkg } = await readDetail(await admin(server.app, 'GET', EVENT));
    expect(pkg.teams).toHaveLength(3);
  });

  it('answers 400 naming the field of a malformed request', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'POST', `${EVENT}/import`, {
      baseVersion: 0,
      rows: [{ row: 2, no: 'x' }],
    });
    expect(res.status).toBe(400);
    expect((await readError(res)).message).toMatch(/^rows\.0\.no:/);
  });
});

describe('one team', () => {
  it('moves a team: the tablet’s package request gets the new version, 304 before', async () => {
    server = createTestServer();
    const tablet = await enroll(server.app);
    const auth = { Authorization: `Bearer ${tablet.device.token}` };
    const first = await server.app.request(`/api/events/${EVENT_ID}/package`, { headers: auth });
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).toBe('"v0"');
    const unchanged = await server.app.request(`/api/events/${EVENT_ID}/package`, {
      headers: { ...auth, 'If-None-Match': etag },
    });
    expect(unchanged.status).toBe(304);

    const res = await admin(server.app, 'PUT', `${EVENT}/teams/dispendukcapil`, MOVE);
    expect(res.status).toBe(200);
    const fresh = await server.app.request(`/api/events/${EVENT_ID}/package`, {
      headers: { ...auth, 'If-None-Match': etag },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('X-Juri-Package-Version')).toBe('1');
    const pkg = v.parse(EventPackageSchema, await fresh.json());
    expect(pkg.slots.find((s) => s.teamId === 'dispendukcapil')?.start).toBe('10:40');
  });

  it('adds a late team with a new room', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'PUT', `${EVENT}/teams/t47`, {
      ...MOVE,
      no: 47,
      title: 'Tim Susulan',
      slot: { day: '2021-03-17', start: '15:00', room: 'Ruang Semeru' },
    });
    const { package: pkg } = await readDetail(res);
    expect(pkg.teams.at(-1)).toMatchObject({ id: 't47', no: 47, title: 'Tim Susulan' });
    expect(pkg.event.rooms).toContain('Ruang Semeru');
  });

  it('refuses to add a team over an existing id', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'PUT', `${EVENT}/teams/dispendukcapil`, {
      ...MOVE,
      title: 'Tim lain',
      create: true,
    });
    expect(res.status).toBe(409);
    expect(await readError(res)).toMatchObject({ code: 'team_exists' });
    const { package: pkg } = await readDetail(await admin(server.app, 'GET', EVENT));
    expect(pkg.teams.find((t) => t.id === 'dispendukcapil')?.title).toBe('Layanan Adminduk Drive-Thru');
  });

  it('refuses a slot another team already has, naming that team', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'PUT', `${EVENT}/teams/dispendukcapil`, {
      ...MOVE,
      slot: { day: '2021-03-16', start: '08:55', room: 'Ruang Gajahmada 1' },
    });
    expect(res.status).toBe(409);
    expect(await readError(res)).toMatchObject({
      code: 'slot_taken',
      message: expect.stringContaining('Posyandu Daring Dinoyo'),
    });
  });

  it('answers 400 naming the field', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'PUT', `${EVENT}/teams/dispendukcapil`, {
      ...MOVE,
      slot: { ...MOVE.slot, start: '9' },
    });
    expect(res.status).toBe(400);
    expect((await readError(res)).message).toMatch(/^slot\.start:/);
  });

  it('swaps two slots', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'POST', `${EVENT}/schedule/swap`, {
      teamA: 'dispendukcapil',
      teamB: 'smpn-5-malang',
    });
    const { package: pkg } = await readDetail(res);
    expect(pkg.slots.find((s) => s.teamId === 'dispendukcapil')?.day).toBe('2021-03-17');
    expect(pkg.slots.find((s) => s.teamId === 'smpn-5-malang')?.day).toBe('2021-03-16');
  });

  it('withdraws a team but keeps accepting a tablet’s scores for it, flagged in the progress grid', async () => {
    server = createTestServer();
    const tablet = await enroll(server.app);
    const res = await admin(server.app, 'DELETE', `${EVENT}/teams/dispendukcapil`);
    const { package: pkg } = await readDetail(res);
    expect(pkg.teams.find((t) => t.id === 'dispendukcapil')?.withdrawn).toBe(true);
    expect(pkg.slots.some((s) => s.teamId === 'dispendukcapil')).toBe(false);

    // The tablet scored before it heard of the withdrawal: the upload must not halt on it.
    const bundle = await makeBundle(tablet, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 7)],
    });
    expect((await postBundle(server.app, tablet.device.token, bundle)).status).toBe(201);
    const progress = v.parse(
      ProgressResponseSchema,
      await (await admin(server.app, 'GET', `${EVENT}/progress`)).json(),
    );
    expect(progress.cells.find((c) => c.teamId === 'dispendukcapil' && c.jurorId === 'juri-1')).toMatchObject(
      {
        status: 'draft',
        flags: ['withdrawn'],
      },
    );
    // Nobody else scored it: the other juror's cell for the withdrawn team is not asked for.
    expect(progress.cells.some((c) => c.teamId === 'dispendukcapil' && c.jurorId === 'juri-2')).toBe(false);
  });

  it('flags a scored team that was moved afterwards', async () => {
    server = createTestServer();
    const tablet = await enroll(server.app);
    const bundle = await makeBundle(tablet, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 7)],
    });
    await postBundle(server.app, tablet.device.token, bundle);
    await admin(server.app, 'PUT', `${EVENT}/teams/dispendukcapil`, MOVE);
    const progress = v.parse(
      ProgressResponseSchema,
      await (await admin(server.app, 'GET', `${EVENT}/progress`)).json(),
    );
    expect(
      progress.cells.find((c) => c.teamId === 'dispendukcapil' && c.jurorId === 'juri-1')?.flags,
    ).toEqual(['moved']);
  });
});
