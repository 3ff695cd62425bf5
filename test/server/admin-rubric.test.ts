import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditListSchema } from '#shared/admin-api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import type { Rubric } from '#shared/event.ts';
import { KIPP_MALANG } from '#shared/rubric-presets.ts';
import { admin, EVENT, readDetail } from './admin-helpers.ts';
import {
  createTestServer,
  enroll,
  makeBundle,
  postBundle,
  readError,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

/** KIPP Malang with weights as the console sends them: percentages adding up to 100. */
function percentRubric(weights = [30, 20, 20, 15, 15]): Rubric {
  return {
    ...KIPP_MALANG,
    criteria: KIPP_MALANG.criteria.map((c, i) => ({ ...c, weight: weights[i] ?? 0 })),
  };
}

async function firstScore(): Promise<void> {
  const tablet = await enroll(server.app);
  const bundle = await makeBundle(tablet, {
    fromSeq: 1,
    prevHash: GENESIS_HASH,
    changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 8)],
  });
  expect((await postBundle(server.app, tablet.device.token, bundle)).status).toBe(201);
}

describe('rubric', () => {
  it('saves freely before the first score', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric: percentRubric() });
    expect(res.status).toBe(200);
    const detail = await readDetail(res);
    expect(detail.package.rubric.criteria.map((c) => c.weight)).toEqual([30, 20, 20, 15, 15]);
    expect(detail.rubricLock.locked).toBe(false);
  });

  it('answers 400 when the weights do not add up to 100, naming the criteria', async () => {
    server = createTestServer();
    const res = await admin(server.app, 'PUT', `${EVENT}/rubric`, {
      rubric: percentRubric([30, 20, 20, 15, 10]),
    });
    expect(res.status).toBe(400);
    expect((await readError(res)).message).toBe('rubric.criteria: bobot harus berjumlah 100% (sekarang 95%)');
  });

  it('answers 400 naming the scale field', async () => {
    server = createTestServer();
    const rubric = percentRubric();
    const first = rubric.criteria[0];
    if (first) first.scale = { min: 1, max: 10, step: 0 };
    const res = await admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric });
    expect((await readError(res)).message).toMatch(/^rubric\.criteria\.0\.scale\.step:/);
  });

  it('locks when the first score arrives; an unlock needs a reason and covers one save, all in the audit trail', async () => {
    server = createTestServer();
    await firstScore();
    const detail = await readDetail(await admin(server.app, 'GET', EVENT));
    expect(detail.rubricLock).toMatchObject({ locked: true, firstScoreAt: '2021-03-16T01:30:00.000Z' });

    const locked = await admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric: percentRubric() });
    expect(locked.status).toBe(409);
    expect(await readError(locked)).toMatchObject({ code: 'rubric_locked' });

    const noReason = await admin(server.app, 'POST', `${EVENT}/rubric/unlock`, { reason: '' });
    expect(noReason.status).toBe(400);
    expect((await readError(noReason)).message).toMatch(/^reason:/);

    const unlocked = await readDetail(
      await admin(server.app, 'POST', `${EVENT}/rubric/unlock`, {
        reason: 'Bobot keliru diketik, sesuai SK panitia',
      }),
    );
    expect(unlocked.rubricLock).toMatchObject({
      locked: false,
      unlockReason: 'Bobot keliru diketik, sesuai SK panitia',
    });
    const saved = await admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric: percentRubric() });
    expect(saved.status).toBe(200);
    expect((await readDetail(saved)).rubricLock.locked).toBe(true);
    expect(
      (await admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric: percentRubric([20, 20, 20, 20, 20]) }))
        .status,
    ).toBe(409);

    const audit = v.parse(AuditListSchema, await (await admin(server.app, 'GET', `${EVENT}/audit`)).json());
    expect(audit.entries.map((e) => [e.kind, e.reason, e.afterFirstScore])).toEqual([
      ['rubric_unlocked', 'Bobot keliru diketik, sesuai SK panitia', true],
      ['rubric_changed', 'Bobot keliru diketik, sesuai SK panitia', true],
    ]);
  });

  it('refuses, even unlocked, to drop a scored criterion or change its scale', async () => {
    server = createTestServer();
    await firstScore();
    await admin(server.app, 'POST', `${EVENT}/rubric/unlock`, { reason: 'Penyesuaian rubrik' });
    const dropped = percentRubric();
    dropped.criteria = dropped.criteria.slice(1).map((c, i) => ({ ...c, weight: [40, 20, 20, 20][i] ?? 0 }));
    dropped.tieBreak = [{ kind: 'criterion', criterionId: 'efektif' }];
    const res = await admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric: dropped });
    expect(res.status).toBe(400);
    expect((await readError(res)).message).toMatch(
      /^rubric\.criteria: kriteria "Kebaruan" tidak boleh dihapus/,
    );

    const rescaled = percentRubric();
    const second = rescaled.criteria[1];
    if (second) second.scale = { min: 0, max: 100, step: 1 };
    const res2 = await admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric: rescaled });
    expect((await readError(res2)).message).toMatch(/^rubric\.criteria\.1\.scale:/);
  });
});
