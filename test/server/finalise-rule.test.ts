/**
 * The server replays bundles with the tablet's own rules (src/shared/sheet.ts), so a tablet that
 * skipped its check (an old build, a hand-made bundle) still cannot store a final sheet that lacks
 * a score: the total it would rank the team on covers only part of the rubric.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '#shared/bundle.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import {
  count,
  createTestServer,
  enroll,
  makeBundle,
  materialisedSheets,
  postBundle,
  readError,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const TEAM = 'dispendukcapil';
const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];

function statusChange(seq: number, oldValue: string, newValue: string): ChangeEntry {
  return { ...scoreChange(seq, TEAM, 'kebaruan', 0), kind: 'status', criterionId: null, oldValue, newValue };
}

function clearChange(seq: number, criterionId: string, oldValue: number, reason: string): ChangeEntry {
  return { ...scoreChange(seq, TEAM, criterionId, 0), oldValue, newValue: null, reason };
}

describe('POST /api/bundles: only a complete sheet is final', () => {
  it('refuses a final status on a sheet with two of five scores, storing nothing', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const bundle = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [
        scoreChange(1, TEAM, 'kebaruan', 6),
        scoreChange(2, TEAM, 'efektif', 7),
        statusChange(3, 'draft', 'final'),
      ],
    });

    const res = await postBundle(server.app, device.device.token, bundle);

    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({
      code: 'invalid_change',
      message: expect.stringMatching(/seq 3.*incomplete_sheet.*Bermanfaat/),
    });
    expect([count(server.db, 'bundles'), count(server.db, 'changes'), count(server.db, 'sheets')]).toEqual([
      0, 0, 0,
    ]);
  });

  it('stores a final sheet once every criterion is scored', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const scores = CRITERIA.map((id, i) => scoreChange(i + 1, TEAM, id, 6 + (i % 3)));
    const bundle = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [...scores, statusChange(6, 'draft', 'final')],
    });

    expect((await postBundle(server.app, device.device.token, bundle)).status).toBe(201);
    const [sheet] = await materialisedSheets(server.app);
    expect(sheet?.status).toBe('final');
    expect(Object.keys(sheet?.scores ?? {})).toHaveLength(CRITERIA.length);
  });

  it('refuses emptying a score of a final sheet, even with a reason, and keeps the sheet complete', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const scores = CRITERIA.map((id, i) => scoreChange(i + 1, TEAM, id, 8));
    const first = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [...scores, statusChange(6, 'draft', 'final')],
    });
    const accepted = await postBundle(server.app, device.device.token, first);
    expect(accepted.status).toBe(201);
    const receipt = v.parse(v.object({ receipt: v.object({ hash: v.string() }) }), await accepted.json());

    const second = await makeBundle(device, {
      fromSeq: 7,
      prevHash: receipt.receipt.hash,
      changes: [clearChange(7, 'efektif', 8, 'salah tekan')],
    });
    const res = await postBundle(server.app, device.device.token, second);

    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({ message: expect.stringMatching(/seq 7.*incomplete_sheet/) });
    const [sheet] = await materialisedSheets(server.app);
    expect(sheet?.scores.efektif).toBe(8);
    expect(sheet?.status).toBe('final');
  });
});
