/**
 * GET /api/admin/events/:id/results on a real temporary SQLite file: the ranking recomputed from the
 * raw bundles, equal to what the materialised sheets give, and a mismatch named by team.
 */

import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventSheetsResponseSchema } from '#shared/api.ts';
import { GENESIS_HASH, type ScoreBundle } from '#shared/bundle.ts';
import { computeResults } from '#shared/results/compute-results.ts';
import { fingerprintBundles } from '#shared/results/fingerprint.ts';
import { EventResultsResponseSchema } from '#shared/results/results-schema.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import {
  createTestServer,
  EVENT_ID,
  enroll,
  makeBundle,
  OTHER_JUROR,
  organizerHeaders,
  postBundle,
  readError,
  readReceipt,
  scoreChange,
  type TestServer,
} from './helpers.ts';

const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];
const RESULTS = `/api/admin/events/${EVENT_ID}/results`;

/** Every KIPP criterion at `value`; with `final`, the sheet is finalised too. */
function sheetChanges(fromSeq: number, jurorId: string, teamId: string, value: number, final: boolean) {
  const scores = CRITERIA.map((c, i) => scoreChange(fromSeq + i, teamId, c, value, jurorId));
  return final ? [...scores, finalChange(fromSeq + CRITERIA.length, jurorId, teamId)] : scores;
}

function finalChange(seq: number, jurorId: string, teamId: string): ChangeEntry {
  return {
    ...scoreChange(seq, teamId, CRITERIA[0] ?? '', 0, jurorId),
    kind: 'status',
    criterionId: null,
    newValue: 'final',
  };
}

let server: TestServer;
const sent: ScoreBundle[] = [];

async function send(jurorId: string, plan: [string, number, boolean][]) {
  const tablet = await enroll(server.app, jurorId);
  let seq = 1;
  const changes = plan.flatMap(([teamId, value, final]) => {
    const list = sheetChanges(seq, jurorId, teamId, value, final);
    seq += list.length;
    return list;
  });
  const bundle = await makeBundle(tablet, { fromSeq: 1, prevHash: GENESIS_HASH, changes });
  const receipt = await readReceipt(await postBundle(server.app, tablet.device.token, bundle));
  sent.push(bundle);
  return { tablet, receipt, nextSeq: seq };
}

async function getResults() {
  const res = await server.app.request(RESULTS, { headers: organizerHeaders });
  return { status: res.status, body: await res.json() };
}

beforeEach(async () => {
  server = createTestServer();
  sent.length = 0;
  // KIPP Malang, 5 criteria 1–10, equal weights: total = Σ(score − 1) / 45 × 100.
  // juri-1: all 9 → 40/45 = 88.888889; all 7 → 30/45 = 66.666667; all 8 → 35/45 = 77.777778
  await send('juri-1', [
    ['dispendukcapil', 9, true],
    ['puskesmas-dinoyo', 7, true],
    ['smpn-5-malang', 8, true],
  ]);
});
afterEach(() => server.cleanup());

describe('GET /api/admin/events/:eventId/results', () => {
  it('ranks from the raw bundles, sementara while a sheet is a draft, with the data fingerprint', async () => {
    // juri-2: all 8 → 77.777778; all 8 → 77.777778; all 6 → 25/45 = 55.555556, left a draft
    const second = await send(OTHER_JUROR, [
      ['dispendukcapil', 8, true],
      ['puskesmas-dinoyo', 8, true],
      ['smpn-5-malang', 6, false],
    ]);
    const { status, body } = await getResults();
    expect(status).toBe(200);
    const reply = v.parse(EventResultsResponseSchema, body);
    expect(reply.fingerprint).toBe((await fingerprintBundles(EVENT_ID, sent)).fingerprint);
    expect(reply.bundles).toBe(2);
    const { results } = reply;
    expect(results.provisional).toBe(true);
    expect(results.missing).toEqual([{ teamId: 'smpn-5-malang', jurorId: 'juri-2', status: 'draft' }]);
    // dispendukcapil (88.888889 + 77.777778) / 2 = 83.3333335; puskesmas (66.666667 + 77.777778) / 2
    // = 72.2222225; smpn only juri-1's 77.777778 counts so far.
    expect(results.teams.map((t) => [t.teamId, t.mean, t.counted])).toEqual([
      ['dispendukcapil', 83.3333335, 2],
      ['smpn-5-malang', 77.777778, 1],
      ['puskesmas-dinoyo', 72.2222225, 2],
    ]);

    // juri-2 finalises smpn: (77.777778 + 55.555556) / 2 = 66.666667 drops it to third; no longer sementara.
    const last = await makeBundle(second.tablet, {
      fromSeq: second.nextSeq,
      prevHash: second.receipt.hash,
      changes: [finalChange(second.nextSeq, OTHER_JUROR, 'smpn-5-malang')],
    });
    expect((await postBundle(server.app, second.tablet.device.token, last)).status).toBe(201);
    sent.push(last);
    const after = v.parse(EventResultsResponseSchema, (await getResults()).body);
    expect(after.results.provisional).toBe(false);
    expect(after.results.teams.map((t) => [t.teamId, t.mean, t.rank])).toEqual([
      ['dispendukcapil', 83.3333335, 1],
      ['puskesmas-dinoyo', 72.2222225, 2],
      ['smpn-5-malang', 66.666667, 3],
    ]);
    expect(after.fingerprint).toBe((await fingerprintBundles(EVENT_ID, sent)).fingerprint);
    expect(after.fingerprint).not.toBe(reply.fingerprint);
  });

  it('equals the results computed from the materialised sheets the console reads', async () => {
    await send(OTHER_JUROR, [['dispendukcapil', 3, true]]);
    const res = await server.app.request(`/api/admin/events/${EVENT_ID}/sheets`, {
      headers: organizerHeaders,
    });
    const { sheets } = v.parse(EventSheetsResponseSchema, await res.json());
    const fromSheets = computeResults(server.pkg, sheets);
    const { results } = v.parse(EventResultsResponseSchema, (await getResults()).body);
    expect(fromSheets.ok && fromSheets.results).toEqual(results);
  });

  it('is a results_mismatch naming the team when a materialised sheet differs from the replay', async () => {
    server.db
      .prepare("UPDATE sheets SET sheet = json_set(sheet, '$.scores.efektif', 10) WHERE team_id = ?")
      .run('puskesmas-dinoyo');
    const { status, body } = await getResults();
    expect(status).toBe(409);
    const error = v.parse(
      v.object({ error: v.object({ code: v.string(), message: v.string() }) }),
      body,
    ).error;
    expect(error.code).toBe('results_mismatch');
    expect(error.message).toContain('team puskesmas-dinoyo, juror juri-1');
    expect(error.message).toContain('(scores)');
  });

  it('is a results_mismatch when a stored bundle no longer matches the hash it was accepted under', async () => {
    // The append-only trigger stops this in normal operation; a hand edit of the file would not.
    server.db.exec('DROP TRIGGER bundles_no_update');
    server.db.prepare('UPDATE bundles SET body = replace(body, \'"newValue":9\', \'"newValue":10\')').run();
    const res = await server.app.request(RESULTS, { headers: organizerHeaders });
    expect(res.status).toBe(409);
    const error = await readError(res);
    expect(error.code).toBe('results_mismatch');
    expect(error.message).toContain('juror juri-1');
    expect(error.message).toContain('tidak cocok dengan hash saat diterima');
  });

  it('never sees a bundle that ingest refused for an extra member: the evidence is what was verified', async () => {
    const tablet = await enroll(server.app, OTHER_JUROR);
    const bundle = await makeBundle(tablet, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: sheetChanges(1, OTHER_JUROR, 'smpn-5-malang', 10, true),
    });
    const refused = await postBundle(server.app, tablet.device.token, {
      ...bundle,
      dikirimDari: 'tablet lama',
    });
    expect(refused.status).toBe(400);
    const { status, body } = await getResults();
    expect(status).toBe(200);
    const reply = v.parse(EventResultsResponseSchema, body);
    expect(reply.fingerprint).toBe((await fingerprintBundles(EVENT_ID, sent)).fingerprint);
    // smpn keeps only juri-1's sheet: the refused bundle left nothing behind.
    const smpn = reply.results.teams.find((t) => t.teamId === 'smpn-5-malang');
    expect(smpn).toMatchObject({ counted: 1 });
  });

  it('needs the organizer token, and names an unknown event', async () => {
    const anonymous = await server.app.request(RESULTS);
    expect(anonymous.status).toBe(401);
    expect((await readError(anonymous)).code).toBe('unauthorized');
    const unknown = await server.app.request('/api/admin/events/kipp-batu-2021/results', {
      headers: organizerHeaders,
    });
    expect(unknown.status).toBe(404);
    expect(await readError(unknown)).toEqual({
      code: 'event_not_found',
      message: 'event kipp-batu-2021 not found',
    });
  });
});
