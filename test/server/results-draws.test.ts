/**
 * The results endpoint with the event's own settings, on a real temporary SQLite file: Top N sizes
 * from the event info, conflicts declared in the package, committee draws recorded (append-only, in
 * the audit trail) and used, and the same organizer limits as every other organizer route.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditListSchema } from '#shared/admin-api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { EventResultsResponseSchema } from '#shared/results/results-schema.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { admin, EVENT, readDetail } from './admin-helpers.ts';
import {
  createTestServer,
  enroll,
  makeBundle,
  ORGANIZER,
  postBundle,
  readError,
  scoreChange,
  type TestServer,
} from './helpers.ts';

const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];
const RESULTS = `${EVENT}/results`;
const DRAWS = `${EVENT}/draws`;

let server: TestServer;
afterEach(() => server.cleanup());

/** One tablet per juror; each team gets every criterion at `value`, then final. */
async function score(jurorId: string, plan: [string, number][]) {
  const tablet = await enroll(server.app, jurorId);
  let seq = 1;
  const changes: ChangeEntry[] = plan.flatMap(([teamId, value]) => {
    const list: ChangeEntry[] = CRITERIA.map((c) => scoreChange(seq++, teamId, c, value, jurorId));
    list.push({
      ...scoreChange(seq++, teamId, 'kebaruan', 0, jurorId),
      kind: 'status',
      criterionId: null,
      newValue: 'final',
    });
    return list;
  });
  const bundle = await makeBundle(tablet, { fromSeq: 1, prevHash: GENESIS_HASH, changes });
  expect((await postBundle(server.app, tablet.device.token, bundle)).status).toBe(201);
}

async function results(path = RESULTS) {
  const res = await admin(server.app, 'GET', path);
  expect(res.status).toBe(200);
  return v.parse(EventResultsResponseSchema, await res.json());
}

/** dispendukcapil and puskesmas-dinoyo level on every rule before the draw; smpn third. */
async function scoreTie() {
  // All 8 → 35/45 = 77.777778 from both jurors for the first two; all 6 → 55.555556 for smpn.
  await score('juri-1', [
    ['dispendukcapil', 8],
    ['puskesmas-dinoyo', 8],
    ['smpn-5-malang', 6],
  ]);
  await score('juri-2', [
    ['dispendukcapil', 8],
    ['puskesmas-dinoyo', 8],
    ['smpn-5-malang', 6],
  ]);
}

const DRAW = {
  teamIds: ['puskesmas-dinoyo', 'dispendukcapil'],
  reason: 'Undian dengan dua kertas bernomor di hadapan semua juri',
  decidedBy: 'Ketua Tim Penilai, Boedi Utomo',
};

describe('committee draws', () => {
  it('shows the tie unresolved until the committee records its draw, then ranks by it and keeps it', async () => {
    server = createTestServer();
    await scoreTie();
    const before = await results();
    expect(before.results.unresolvedTies).toEqual([['dispendukcapil', 'puskesmas-dinoyo']]);
    expect(before.results.teams.map((t) => [t.teamId, t.rank])).toEqual([
      ['dispendukcapil', 1],
      ['puskesmas-dinoyo', 1],
      ['smpn-5-malang', 3],
    ]);
    expect(before.draws).toEqual([]);

    server.clock.advance(60_000);
    const recorded = await admin(server.app, 'POST', DRAWS, DRAW);
    expect(recorded.status).toBe(201);
    const after = v.parse(EventResultsResponseSchema, await recorded.json());
    const at = server.clock.now.toISOString();
    expect(after.draws).toEqual([{ ...DRAW, at }]);
    expect(after.results.unresolvedTies).toEqual([]);
    expect(after.results.teams.map((t) => [t.teamId, t.rank])).toEqual([
      ['puskesmas-dinoyo', 1],
      ['dispendukcapil', 2],
      ['smpn-5-malang', 3],
    ]);
    expect(after.results.tieBreaks.at(-1)).toEqual({
      teamIds: ['dispendukcapil', 'puskesmas-dinoyo'],
      rule: { kind: 'draw' },
      values: [
        { teamId: 'dispendukcapil', value: 2 },
        { teamId: 'puskesmas-dinoyo', value: 1 },
      ],
      groups: [['puskesmas-dinoyo'], ['dispendukcapil']],
      draw: { ...DRAW, at },
    });
    // The same ranking on every later read, and in the audit trail with its reason.
    expect((await results()).results).toEqual(after.results);
    const audit = v.parse(AuditListSchema, await (await admin(server.app, 'GET', `${EVENT}/audit`)).json());
    expect(audit.entries.at(-1)).toMatchObject({
      kind: 'tie_drawn',
      reason: DRAW.reason,
      afterFirstScore: true,
      summary:
        'Undian panitia untuk peringkat sama: 1. Posyandu Daring Dinoyo; 2. Layanan Adminduk Drive-Thru (diputuskan oleh Ketua Tim Penilai, Boedi Utomo)',
    });
  });

  it('takes a correction as a new record (the latest counts) and keeps both', async () => {
    server = createTestServer();
    await scoreTie();
    expect((await admin(server.app, 'POST', DRAWS, DRAW)).status).toBe(201);
    server.clock.advance(5 * 60_000);
    const correction = {
      ...DRAW,
      teamIds: ['dispendukcapil', 'puskesmas-dinoyo'],
      reason: 'Salah catat urutan undian',
    };
    expect((await admin(server.app, 'POST', DRAWS, correction)).status).toBe(201);
    const after = await results();
    expect(after.draws.map((d) => d.reason)).toEqual([DRAW.reason, correction.reason]);
    expect(after.results.teams.map((t) => t.teamId)).toEqual([
      'dispendukcapil',
      'puskesmas-dinoyo',
      'smpn-5-malang',
    ]);
    const audit = v.parse(AuditListSchema, await (await admin(server.app, 'GET', `${EVENT}/audit`)).json());
    expect(audit.entries.filter((e) => e.kind === 'tie_drawn')).toHaveLength(2);
  });

  it('refuses a draw for teams that are not level at the draw rule, or a malformed one, storing nothing', async () => {
    server = createTestServer();
    await scoreTie();
    const wrong = await admin(server.app, 'POST', DRAWS, {
      ...DRAW,
      teamIds: ['dispendukcapil', 'smpn-5-malang'],
    });
    expect(wrong.status).toBe(409);
    const error = await readError(wrong);
    expect(error.code).toBe('tie_not_found');
    expect(error.message).toContain('kelompok seri sekarang: dispendukcapil, puskesmas-dinoyo');

    const one = await admin(server.app, 'POST', DRAWS, { ...DRAW, teamIds: ['dispendukcapil'] });
    expect(one.status).toBe(400);
    expect(await readError(one)).toEqual({
      code: 'invalid_request',
      message: 'teamIds: undian minimal dua peserta',
    });
    const blank = await admin(server.app, 'POST', DRAWS, { ...DRAW, reason: '   ' });
    expect(await readError(blank)).toEqual({
      code: 'invalid_request',
      message: 'reason: alasan wajib diisi',
    });
    const twice = await admin(server.app, 'POST', DRAWS, {
      ...DRAW,
      teamIds: ['dispendukcapil', 'dispendukcapil'],
    });
    expect((await readError(twice)).message).toBe('teamIds: peserta undian tidak boleh berulang');
    const unknown = await admin(server.app, 'POST', '/api/admin/events/kipp-batu-2021/draws', DRAW);
    expect((await readError(unknown)).code).toBe('event_not_found');
    expect((await results()).draws).toEqual([]);
  });

  it('refuses a draw when the declared rules have none (the rubric must declare it first)', async () => {
    server = createTestServer();
    const detail = await readDetail(await admin(server.app, 'GET', EVENT));
    // The console sends weights as percentages: five equal criteria are 20 % each.
    const rubric = {
      ...detail.package.rubric,
      criteria: detail.package.rubric.criteria.map((c) => ({ ...c, weight: 20 })),
      tieBreak: [{ kind: 'criterion', criterionId: 'efektif' }],
    };
    expect((await admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric })).status).toBe(200);
    await scoreTie();
    expect((await results()).results.unresolvedTies).toEqual([['dispendukcapil', 'puskesmas-dinoyo']]);
    const refused = await admin(server.app, 'POST', DRAWS, DRAW);
    expect(refused.status).toBe(409);
    expect((await readError(refused)).message).toContain('tidak memuat undian panitia');
  });
});

describe('results from the event settings', () => {
  it('names the Top N the event settings declare', async () => {
    server = createTestServer();
    const detail = await readDetail(await admin(server.app, 'GET', EVENT));
    const { id: _id, packageVersion: _v, ...info } = detail.package.event;
    expect((await admin(server.app, 'PUT', `${EVENT}/info`, { ...info, topGroups: [2, 1] })).status).toBe(
      200,
    );
    await scoreTie();
    const reply = await results();
    expect(reply.results.method.topGroups).toEqual([2, 1]);
    // The two level teams share rank 1: a Top 1 holding both is unsettled until the draw.
    expect(reply.results.topGroups).toEqual([
      { size: 2, teamIds: ['dispendukcapil', 'puskesmas-dinoyo'], settled: true },
      { size: 1, teamIds: ['dispendukcapil', 'puskesmas-dinoyo'], settled: false },
    ]);
  });

  it('never counts a juror for a team the organizer declared a conflict for, and does not wait for that sheet', async () => {
    server = createTestServer();
    const declared = await admin(server.app, 'PUT', `${EVENT}/conflicts`, {
      jurorId: 'juri-2',
      teamId: 'smpn-5-malang',
      reason: 'Juri adalah komite sekolah peserta',
    });
    expect(declared.status).toBe(200);
    // juri-2 scores the two others only: smpn's sheet from juri-2 is not required.
    await score('juri-1', [
      ['dispendukcapil', 9],
      ['puskesmas-dinoyo', 7],
      ['smpn-5-malang', 8],
    ]);
    await score('juri-2', [
      ['dispendukcapil', 8],
      ['puskesmas-dinoyo', 8],
    ]);
    const reply = await results(`${RESULTS}?detail=1`);
    expect(reply.results.provisional).toBe(false);
    expect(reply.results.missing).toEqual([]);
    const smpn = reply.results.teams.find((t) => t.teamId === 'smpn-5-malang');
    // Only juri-1's 35/45 = 77.777778 counts.
    expect(smpn).toMatchObject({ counted: 1, conflicts: 1, mean: 77.777778 });
    expect(smpn?.jurors[1]).toMatchObject({ jurorId: 'juri-2', status: 'coi', declaredConflict: true });
    // The detail carries the package and the sheets the ranking was computed from.
    expect(reply.detail?.package.conflicts).toEqual([
      { jurorId: 'juri-2', teamId: 'smpn-5-malang', reason: 'Juri adalah komite sekolah peserta' },
    ]);
    expect(reply.detail?.sheets).toHaveLength(5);
    expect(reply.packageVersion).toBe(reply.detail?.package.event.packageVersion);
  });
});

describe('organizer limits', () => {
  it('count results requests in the same budget as the other organizer routes', async () => {
    server = createTestServer({
      organizerLimits: {
        failures: { perSource: { ratePerSecond: 1, burst: 20 }, shared: { ratePerSecond: 1, burst: 100 } },
        requests: { ratePerSecond: 1, burst: 3 },
      },
    });
    for (let i = 0; i < 3; i++) expect((await admin(server.app, 'GET', EVENT)).status).toBe(200);
    const limited = await admin(server.app, 'GET', RESULTS);
    expect(limited.status).toBe(429);
    expect(await readError(limited)).toMatchObject({ code: 'rate_limited' });
  });

  it('make a source guessing tokens at the results wait like anywhere else', async () => {
    server = createTestServer({
      trustProxy: true,
      organizerLimits: {
        failures: { perSource: { ratePerSecond: 0.5, burst: 20 }, shared: { ratePerSecond: 2, burst: 100 } },
        requests: { ratePerSecond: 20, burst: 100 },
      },
    });
    const from = (token: string) =>
      server.app.request(RESULTS, {
        headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': '10.0.0.66' },
      });
    for (let i = 0; i < 20; i++) expect((await from(`guess-${i}`)).status).toBe(401);
    expect((await from(ORGANIZER)).status).toBe(429);
  });
});
