/**
 * The berita acara's routes on a real temporary SQLite file: settings validated at the edge (a bad NIP
 * or an unknown juror named, nothing stored) and kept in the audit trail; the document's data read in
 * one go, with the same fingerprint and ranking as GET …/results and the sheet records of that replay.
 */
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditListSchema } from '#shared/admin-api.ts';
import { MinutesDataSchema, MinutesSettingsResponseSchema } from '#shared/berita-acara/api.ts';
import { buildMinutes } from '#shared/berita-acara/build-minutes.ts';
import type { MinutesSettingsInput } from '#shared/berita-acara/settings.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { EventResultsResponseSchema } from '#shared/results/results-schema.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { admin } from './admin-helpers.ts';
import {
  createTestServer,
  EVENT_ID,
  enroll,
  makeBundle,
  OTHER_JUROR,
  postBundle,
  readError,
  scoreChange,
  type TestServer,
} from './helpers.ts';

const BASE = `/api/admin/events/${EVENT_ID}/berita-acara`;
const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];

const SETTINGS: MinutesSettingsInput = {
  letterhead: { lines: ['Pemerintah Kota Malang', 'Sekretariat Daerah'], address: 'Jalan Tugu Nomor 1' },
  subject: 'Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2021',
  number: '000/15/35.73.112/{tahun}',
  signing: { place: 'Malang', date: '2021-03-17' },
  chairJurorId: 'juri-1',
  // Typed with the groups' spaces, as printed on a SK: stored as 18 digits.
  signers: [{ jurorId: 'juri-2', nip: '19680514 199403 1 007', rank: 'Pembina (IV/a)' }],
  namesInCapitals: true,
};

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(() => server.cleanup());

async function readSettings(res: Response) {
  return v.parse(MinutesSettingsResponseSchema, await res.json());
}

describe('berita acara settings', () => {
  it('start from the event’s own data until the organizer saves them', async () => {
    const res = await admin(server.app, 'GET', `${BASE}/settings`);
    expect(res.status).toBe(200);
    const { settings, saved } = await readSettings(res);
    expect(saved).toBe(false);
    expect(settings).toMatchObject({
      letterhead: { lines: ['BAGIAN ORGANISASI, SEKRETARIAT DAERAH KOTA MALANG'] },
      subject: server.pkg.event.name,
      signing: { place: 'Malang', date: '2021-03-17' },
      signers: [],
    });
  });

  it('are saved, read back and kept in the event’s audit trail', async () => {
    const put = await admin(server.app, 'PUT', `${BASE}/settings`, SETTINGS);
    expect(put.status).toBe(200);
    const reply = await readSettings(put);
    expect(reply.saved).toBe(true);
    expect(reply.settings.signers).toEqual([
      { jurorId: 'juri-2', nip: '196805141994031007', rank: 'Pembina (IV/a)' },
    ]);
    expect(await readSettings(await admin(server.app, 'GET', `${BASE}/settings`))).toEqual(reply);
    const audit = v.parse(
      AuditListSchema,
      await (await admin(server.app, 'GET', `/api/admin/events/${EVENT_ID}/audit`)).json(),
    );
    expect(audit.entries.at(-1)).toMatchObject({
      kind: 'minutes_settings_changed',
      summary: 'Pengaturan berita acara diubah',
    });
  });

  it.each([
    [
      'a NIP whose sex digit is not 1 or 2',
      { ...SETTINGS, signers: [{ jurorId: 'juri-2', nip: '196805141994033007' }] },
      'signers.0.nip: angka ke-15 NIP harus 1 atau 2',
    ],
    [
      'a signing date that does not exist',
      { ...SETTINGS, signing: { place: 'Malang', date: '2021-02-30' } },
      'signing.date: tanggal tidak ada di kalender',
    ],
    [
      'a chair who is not on the panel',
      { ...SETTINGS, chairJurorId: 'juri-9' },
      'chairJurorId: juri juri-9 tidak ada di acara ini',
    ],
    [
      'five letterhead lines',
      { ...SETTINGS, letterhead: { lines: ['a', 'b', 'c', 'd', 'e'] } },
      'letterhead.lines: kop paling banyak 4 baris',
    ],
  ])('refuse %s, naming the field, and store nothing', async (_name, body, message) => {
    const res = await admin(server.app, 'PUT', `${BASE}/settings`, body);
    expect(res.status).toBe(400);
    expect(await readError(res)).toEqual({ code: 'invalid_request', message });
    expect((await readSettings(await admin(server.app, 'GET', `${BASE}/settings`))).saved).toBe(false);
  });

  it('need the organizer token and a known event', async () => {
    expect((await admin(server.app, 'GET', `${BASE}/settings`, undefined, null)).status).toBe(401);
    const unknown = await admin(
      server.app,
      'PUT',
      '/api/admin/events/kipp-batu/berita-acara/settings',
      SETTINGS,
    );
    expect(unknown.status).toBe(404);
    expect((await readError(unknown)).code).toBe('event_not_found');
  });
});

describe('GET …/berita-acara', () => {
  /** One juror's whole plan as one bundle: every KIPP criterion at `value`, then finalised. */
  function sheet(seq: number, jurorId: string, teamId: string, value: number): ChangeEntry[] {
    return [
      ...CRITERIA.map((c, i) => scoreChange(seq + i, teamId, c, value, jurorId)),
      status(seq + 5, jurorId, teamId, 'draft', 'final'),
    ];
  }
  function status(
    seq: number,
    jurorId: string,
    teamId: string,
    from: string,
    to: string,
    reason?: string,
  ): ChangeEntry {
    return {
      ...scoreChange(seq, teamId, 'kebaruan', 0, jurorId),
      kind: 'status',
      criterionId: null,
      oldValue: from,
      newValue: to,
      ...(reason ? { reason } : {}),
    };
  }

  async function send(jurorId: string, changes: ChangeEntry[]) {
    const tablet = await enroll(server.app, jurorId);
    const bundle = await makeBundle(tablet, { fromSeq: 1, prevHash: GENESIS_HASH, changes });
    expect((await postBundle(server.app, tablet.device.token, bundle)).status).toBe(201);
  }

  it('holds the results and fingerprint of GET …/results, and the conflict and edit of that replay', async () => {
    await admin(server.app, 'PUT', `${BASE}/settings`, SETTINGS);
    // juri-1: 9s, 7s, 8s → 88.888889, 66.666667, 77.777778.
    await send('juri-1', [
      ...sheet(1, 'juri-1', 'dispendukcapil', 9),
      ...sheet(7, 'juri-1', 'puskesmas-dinoyo', 7),
      ...sheet(13, 'juri-1', 'smpn-5-malang', 8),
    ]);
    // juri-2: 8s on dispendukcapil, then efektif 8 → 9 after finalising, with a reason
    // (Σ = 41 → 36/45 = 80); a conflict on puskesmas-dinoyo; 6s on smpn → 55.555556.
    const edit: ChangeEntry = {
      ...scoreChange(7, 'dispendukcapil', 'efektif', 9, OTHER_JUROR),
      oldValue: 8,
      reason: 'Salah ketuk',
    };
    await send(OTHER_JUROR, [
      ...sheet(1, OTHER_JUROR, 'dispendukcapil', 8),
      edit,
      status(8, OTHER_JUROR, 'puskesmas-dinoyo', 'draft', 'coi', 'Istri saya bekerja di puskesmas ini'),
      ...sheet(9, OTHER_JUROR, 'smpn-5-malang', 6),
    ]);

    const res = await admin(server.app, 'GET', BASE);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const data = v.parse(MinutesDataSchema, await res.json());
    const results = v.parse(
      EventResultsResponseSchema,
      await (await admin(server.app, 'GET', `/api/admin/events/${EVENT_ID}/results`)).json(),
    );
    expect(data.results).toEqual(results);
    expect(data.settingsSaved).toBe(true);
    expect(
      data.sheets.map((s) => [s.jurorId, s.teamId, s.status, s.coiReason, s.audit.map((a) => a.reason)]),
    ).toEqual([
      ['juri-2', 'dispendukcapil', 'final', null, ['Salah ketuk']],
      [
        'juri-2',
        'puskesmas-dinoyo',
        'coi',
        'Istri saya bekerja di puskesmas ini',
        ['Istri saya bekerja di puskesmas ini'],
      ],
    ]);

    const doc = buildMinutes(data);
    expect(doc.final).toBe(true);
    // dispendukcapil (88.888889 + 80) / 2 = 84.4444445 → 84,44; smpn (77.777778 + 55.555556) / 2
    // = 66.666667 → 66,67; puskesmas counts juri-1's 66.666667 alone → 66,67, and loses the tie with
    // smpn on rule 1 (efektif: 7 against (8 + 6) / 2 = 7 — equal), rule 2 (kebaruan: equal), then
    // rule 3: fewer conflicts (0 against 1) puts smpn first.
    expect(doc.ranking.map((r) => [r.rank, r.teamId, r.mean, r.counted])).toEqual([
      ['1', 'dispendukcapil', '84,44', '2 dari 2'],
      ['2', 'smpn-5-malang', '66,67', '2 dari 2'],
      ['3', 'puskesmas-dinoyo', '66,67', '1 dari 2'],
    ]);
    expect(doc.tieBreaks.at(-1)).toContain('Aturan 3 (jumlah konflik kepentingan yang lebih sedikit)');
    expect(doc.sheetEdits.map((e) => e.change)).toEqual([
      'Nilai Efektif: 8 → 9',
      'Menyatakan konflik kepentingan',
    ]);
    expect(doc.conflicts).toMatchObject([{ team: 'Posyandu Daring Dinoyo', effect: 'Tidak dihitung' }]);
    expect(doc.fingerprint.value).toBe(results.fingerprint);
    expect(doc.signers.map((s) => `${s.no} ${s.name} ${s.role} ${s.nip ?? ''}`)).toEqual([
      '1 Dr. RATNA WULANDARI Ketua ',
      '2 BAMBANG SETIAWAN Anggota 19680514 199403 1 007',
    ]);
  });

  it('names the Top groups the event sets (settings tab), not the default 6 and 3', async () => {
    const { id: _id, packageVersion: _v, ...info } = server.pkg.event;
    expect(
      (await admin(server.app, 'PUT', `/api/admin/events/${EVENT_ID}/info`, { ...info, topGroups: [2, 1] }))
        .status,
    ).toBe(200);
    await send('juri-1', [
      ...sheet(1, 'juri-1', 'dispendukcapil', 9),
      ...sheet(7, 'juri-1', 'smpn-5-malang', 8),
    ]);
    const data = v.parse(MinutesDataSchema, await (await admin(server.app, 'GET', BASE)).json());
    expect(data.results.results.topGroups.map((g) => [g.size, g.teamIds])).toEqual([
      [2, ['dispendukcapil', 'smpn-5-malang']],
      [1, ['dispendukcapil']],
    ]);
    expect(buildMinutes(data).topGroups.map((g) => g.heading)).toEqual(['Satu Besar', 'Dua Besar']);
  });

  it('is the results mismatch itself when the stored sheets do not reproduce', async () => {
    await send('juri-1', sheet(1, 'juri-1', 'dispendukcapil', 9));
    server.db.prepare("UPDATE sheets SET sheet = json_set(sheet, '$.scores.efektif', 10)").run();
    const res = await admin(server.app, 'GET', BASE);
    expect(res.status).toBe(409);
    expect((await readError(res)).code).toBe('results_mismatch');
  });
});
