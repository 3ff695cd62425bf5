import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '#shared/canonical.ts';
import { compareSheets } from '#shared/results/compare-sheets.ts';
import { fingerprintBundles } from '#shared/results/fingerprint.ts';
import { type AcceptedBundle, replayBundles } from '#shared/results/replay-bundles.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { cutIntoBundles, EVENT_ID, makeEvent, tenPointRubric } from './results-fixtures.ts';

// One criterion, so a single score makes a sheet complete enough to be final.
const pkg = makeEvent(['t1', 't2'], ['j1', 'j2'], tenPointRubric(1));
let clock = 0;

function change(seq: number, jurorId: string, teamId: string, rest: Partial<ChangeEntry>): ChangeEntry {
  return {
    seq,
    eventId: EVENT_ID,
    jurorId,
    teamId,
    kind: 'score',
    criterionId: 'a',
    oldValue: null,
    newValue: 8,
    at: new Date(Date.UTC(2021, 2, 16, 2, 0, clock++)).toISOString(),
    ...rest,
  };
}

/** The bundles of one device, received one second apart from `startSecond`. */
function device(deviceId: string, jurorId: string, log: ChangeEntry[], sizes: number[], startSecond: number) {
  return cutIntoBundles(deviceId, jurorId, log, sizes).map(
    ({ bundle, hash }, i): AcceptedBundle => ({
      bundle,
      hash,
      receivedAt: new Date(Date.UTC(2021, 2, 16, 3, 0, startSecond + i)).toISOString(),
    }),
  );
}

const finalise = (seq: number, jurorId: string, teamId: string) =>
  change(seq, jurorId, teamId, { kind: 'status', criterionId: null, newValue: 'final' });

describe('replayBundles', () => {
  // j1's first tablet scores t1 and finalises it; a replacement tablet later corrects it with a reason.
  const first = device(
    'tablet-a-0001',
    'j1',
    [change(1, 'j1', 't1', {}), finalise(2, 'j1', 't1')],
    [1, 1],
    0,
  );
  const replacement = device(
    'tablet-b-0001',
    'j1',
    [change(1, 'j1', 't1', { oldValue: 8, newValue: 9, reason: 'salah tekan' })],
    [1],
    10,
  );

  it('replays each juror’s changes in the order the server accepted them, from any listing', () => {
    const replayed = replayBundles(pkg, [...replacement, ...first].reverse());
    expect(replayed.ok).toBe(true);
    if (!replayed.ok) return;
    expect(replayed.sheets).toHaveLength(1);
    expect(replayed.sheets[0]).toMatchObject({ status: 'final', scores: { a: 9 }, lastSeq: 1 });
    expect(replayed.sheets[0]?.audit).toMatchObject([{ oldValue: 8, newValue: 9, reason: 'salah tekan' }]);
  });

  it('refuses a device whose bundles do not join up (a bundle is missing)', () => {
    const log = [1, 2, 3].map((seq) => change(seq, 'j2', 't2', { newValue: seq + 5 }));
    const [one, , three] = device('tablet-c-0001', 'j2', log, [1, 1, 1], 0);
    const replayed = replayBundles(
      pkg,
      [one, three].flatMap((b) => b ?? []),
    );
    expect(replayed).toMatchObject({ ok: false, problem: { jurorId: 'j2', teamId: null } });
    expect(!replayed.ok && replayed.problem.message).toContain('urutan perangkat terputus: seq 1 lalu 3');
  });

  it('refuses a broken hash chain', () => {
    const log = [1, 2].map((seq) => change(seq, 'j2', 't2', { newValue: seq + 5 }));
    const [one, two] = device('tablet-c-0001', 'j2', log, [1, 1], 0);
    if (!one || !two) throw new Error('two bundles expected');
    const forged = { ...two, bundle: { ...two.bundle, prevHash: 'f'.repeat(64) } };
    const replayed = replayBundles(pkg, [one, forged]);
    expect(!replayed.ok && replayed.problem.message).toBe('rantai hash perangkat terputus');
  });

  it('names the team when a change no longer fits the rubric (a scale changed after scoring)', () => {
    const narrowed = {
      ...pkg,
      rubric: {
        ...pkg.rubric,
        criteria: pkg.rubric.criteria.map((c) => ({ ...c, scale: { min: 1, max: 5, step: 1 } })),
      },
    };
    const replayed = replayBundles(narrowed, first);
    expect(replayed).toMatchObject({ ok: false, problem: { teamId: 't1', jurorId: 'j1' } });
    expect(!replayed.ok && replayed.problem.message).toContain('seq 1: out_of_scale');
  });

  it('names a team the event does not have', () => {
    const replayed = replayBundles(pkg, device('tablet-c-0001', 'j2', [change(1, 'j2', 't9', {})], [1], 0));
    expect(replayed).toMatchObject({ ok: false, problem: { teamId: 't9' } });
  });
});

describe('fingerprintBundles', () => {
  const log = [change(1, 'j1', 't1', {}), change(2, 'j1', 't2', { newValue: 7 }), finalise(3, 'j1', 't1')];
  const a = device('tablet-a-0001', 'j1', log, [2, 1], 0).map((x) => x.bundle);
  const b = device('tablet-b-0001', 'j2', [change(1, 'j2', 't1', { newValue: 6 })], [1], 5).map(
    (x) => x.bundle,
  );

  it('is SHA-256 over the bundles’ content hashes in device, then seq order, as stated', async () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const hashes = [...a, ...b].map((bundle) => sha(canonicalJson(bundle)));
    const expected = sha(JSON.stringify({ bundles: hashes, eventId: EVENT_ID, format: 'juri-bundles-v1' }));
    const { fingerprint } = await fingerprintBundles(EVENT_ID, [...b, ...a].reverse());
    expect(fingerprint).toBe(expected);
  });

  it('changes when any stored value changes', async () => {
    const { fingerprint } = await fingerprintBundles(EVENT_ID, [...a, ...b]);
    const [b0] = b;
    if (!b0) throw new Error('a bundle expected');
    const altered = { ...b0, changes: b0.changes.map((c) => ({ ...c, newValue: 7 })) };
    expect((await fingerprintBundles(EVENT_ID, [...a, altered])).fingerprint).not.toBe(fingerprint);
  });
});

describe('compareSheets', () => {
  const replayed = replayBundles(pkg, device('tablet-a-0001', 'j1', [change(1, 'j1', 't2', {})], [1], 0));
  const sheets = replayed.ok ? replayed.sheets : [];

  it('finds nothing when the materialised sheets equal the replay', () => {
    expect(sheets).toHaveLength(1);
    expect(compareSheets(sheets, structuredClone(sheets))).toEqual([]);
  });

  it('names the team and the field of a materialised sheet that differs', () => {
    const tampered = sheets.map((s) => ({ ...s, scores: { a: 10 } }));
    expect(compareSheets(sheets, tampered)).toEqual([
      {
        teamId: 't2',
        jurorId: 'j1',
        message: 'lembar tersimpan berbeda dari hasil pemutaran ulang (scores)',
      },
    ]);
  });

  it('names a sheet present on one side only', () => {
    expect(compareSheets([], sheets)).toMatchObject([{ teamId: 't2', jurorId: 'j1' }]);
    expect(compareSheets(sheets, [])).toMatchObject([{ teamId: 't2', jurorId: 'j1' }]);
  });
});
