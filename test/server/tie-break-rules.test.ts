/**
 * The declared tie-break rules travel with the rubric: saved freely before the first score, locked
 * with it afterwards, and every change after that recorded with its reason and both lists spelled out.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditListSchema } from '#shared/admin-api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import type { Rubric, TieBreakRule } from '#shared/event.ts';
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

function rubricWith(tieBreak: TieBreakRule[]): Rubric {
  return { ...KIPP_MALANG, criteria: KIPP_MALANG.criteria.map((c) => ({ ...c, weight: 20 })), tieBreak };
}

const save = (tieBreak: TieBreakRule[]) =>
  admin(server.app, 'PUT', `${EVENT}/rubric`, { rubric: rubricWith(tieBreak) });

async function audit() {
  return v.parse(AuditListSchema, await (await admin(server.app, 'GET', `${EVENT}/audit`)).json()).entries;
}

describe('tie-break rules', () => {
  it('are saved in the declared order before the first score', async () => {
    server = createTestServer();
    const rules: TieBreakRule[] = [
      { kind: 'criterion', criterionId: 'kebaruan' },
      { kind: 'fewer-conflicts' },
      { kind: 'criterion', criterionId: 'bermanfaat' },
      { kind: 'draw' },
    ];
    const res = await save(rules);
    expect(res.status).toBe(200);
    expect((await readDetail(res)).package.rubric.tieBreak).toEqual(rules);
    expect((await audit()).at(-1)?.summary).toContain(
      'Aturan peringkat sama diubah dari: 1) rata-rata kriteria Efektif lebih tinggi; 2) rata-rata kriteria Kebaruan lebih tinggi; 3) konflik kepentingan lebih sedikit; 4) undian panitia; menjadi: 1) rata-rata kriteria Kebaruan lebih tinggi; 2) konflik kepentingan lebih sedikit; 3) rata-rata kriteria Bermanfaat lebih tinggi; 4) undian panitia',
    );
  });

  it('refuse a draw that is not last, a rule named twice and an unknown criterion, naming the field', async () => {
    server = createTestServer();
    const drawFirst = await save([{ kind: 'draw' }, { kind: 'fewer-conflicts' }]);
    expect(await readError(drawFirst)).toEqual({
      code: 'invalid_request',
      message: 'rubric.tieBreak: undian (draw) harus aturan tieBreak terakhir',
    });
    const twice = await save([{ kind: 'fewer-conflicts' }, { kind: 'fewer-conflicts' }]);
    expect((await readError(twice)).message).toBe(
      'rubric.tieBreak: tieBreak memuat aturan yang sama dua kali',
    );
    const unknown = await save([{ kind: 'criterion', criterionId: 'penguasaan-materi' }]);
    expect((await readError(unknown)).message).toBe(
      'rubric.tieBreak: tieBreak menyebut kriteria yang tidak ada',
    );
  });

  it('lock with the rubric at the first score; a change after an unlock keeps its reason', async () => {
    server = createTestServer();
    const tablet = await enroll(server.app);
    const bundle = await makeBundle(tablet, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 8)],
    });
    expect((await postBundle(server.app, tablet.device.token, bundle)).status).toBe(201);

    const locked = await save([{ kind: 'fewer-conflicts' }, { kind: 'draw' }]);
    expect(locked.status).toBe(409);
    expect((await readError(locked)).code).toBe('rubric_locked');

    const reason = 'Rapat juri sepakat konflik kepentingan menentukan lebih dulu';
    expect((await admin(server.app, 'POST', `${EVENT}/rubric/unlock`, { reason })).status).toBe(200);
    const changed = await save([{ kind: 'fewer-conflicts' }, { kind: 'draw' }]);
    expect(changed.status).toBe(200);
    const entry = (await audit()).at(-1);
    expect(entry).toMatchObject({ kind: 'rubric_changed', reason, afterFirstScore: true });
    expect(entry?.summary).toContain('menjadi: 1) konflik kepentingan lebih sedikit; 2) undian panitia');
    // One change per unlock: the rubric is locked again.
    expect((await save([{ kind: 'draw' }])).status).toBe(409);
  });
});
