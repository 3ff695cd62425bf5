/**
 * The results page says when the ranking changed and why. Two snapshots of the export fixture's event
 * (see results/export-fixture.ts for the arithmetic), the second after a juror's change.
 */
import { describe, expect, it } from 'vitest';
import { rankingChange } from '#app/panitia/results/ranking-change.ts';
import { computeResults } from '#shared/results/compute-results.ts';
import type { EventResultsResponse } from '#shared/results/results-schema.ts';
import { applyChange, type ChangeEntry, type ScoreSheet } from '#shared/sheet.ts';
import { exportInput } from './results/export-fixture.ts';

const before = exportInput().reply;

/** The snapshot after `change` is applied to its sheet. */
function snapshotAfter(
  change: Omit<ChangeEntry, 'seq' | 'eventId' | 'at'>,
  packageVersion = before.packageVersion,
) {
  const sheets = before.detail.sheets.map(
    (s): ScoreSheet =>
      s.jurorId === change.jurorId && s.teamId === change.teamId
        ? applyChange(s, {
            ...change,
            seq: s.lastSeq + 1,
            eventId: s.eventId,
            at: '2021-03-17T03:00:00.000Z',
          })
        : s,
  );
  const computed = computeResults(before.detail.package, sheets);
  if (!computed.ok) throw new Error(computed.problem.message);
  const next: EventResultsResponse = {
    ...before,
    packageVersion,
    results: computed.results,
    detail: { ...before.detail, sheets },
  };
  return next;
}

describe('rankingChange', () => {
  it('names the teams that moved and the edit that moved them, with its reason', () => {
    // juri-1 lowers dispendukcapil's efektif 10 → 1 after finalising: (8 + 0 + 8·3) / 45 = 71.111111,
    // mean (71.111111 + 77.777778) / 2 = 74.4444445 < smpn's 77.777778, so the two swap.
    const next = snapshotAfter({
      jurorId: 'juri-1',
      teamId: 'dispendukcapil',
      kind: 'score',
      criterionId: 'efektif',
      oldValue: 10,
      newValue: 1,
      reason: 'Bukti efektivitas tidak ada',
    });
    expect(rankingChange(before, next)).toEqual({
      moves: [
        { teamId: 'smpn-5-malang', from: 2, to: 1 },
        { teamId: 'dispendukcapil', from: 1, to: 2 },
      ],
      provisional: null,
      causes: [
        {
          kind: 'sheet',
          teamId: 'dispendukcapil',
          jurorId: 'juri-1',
          from: { status: 'final', total: 91.111111, counted: true },
          to: { status: 'final', total: 71.111111, counted: true },
          reason: 'Bukti efektivitas tidak ada',
        },
      ],
    });
  });

  it('says when the ranking stops being sementara, and which sheet made it so', () => {
    // juri-2 finalises smpn (55.555556): mean (77.777778 + 55.555556) / 2 = 66.666667, level with
    // puskesmas on the mean, efektif and kebaruan; puskesmas has a conflict, so smpn stays second.
    const next = snapshotAfter({
      jurorId: 'juri-2',
      teamId: 'smpn-5-malang',
      kind: 'status',
      criterionId: null,
      oldValue: 'draft',
      newValue: 'final',
    });
    expect(next.results.teams.map((t) => t.teamId)).toEqual([
      'dispendukcapil',
      'smpn-5-malang',
      'puskesmas-dinoyo',
    ]);
    expect(rankingChange(before, next)).toEqual({
      moves: [],
      provisional: { from: true, to: false },
      causes: [
        {
          kind: 'sheet',
          teamId: 'smpn-5-malang',
          jurorId: 'juri-2',
          from: { status: 'draft', total: 55.555556, counted: false },
          to: { status: 'final', total: 55.555556, counted: true },
          reason: null,
        },
      ],
    });
  });

  it('stays quiet when nothing a reader sees changed (a draft moving, a note)', () => {
    const draft = snapshotAfter({
      jurorId: 'juri-2',
      teamId: 'smpn-5-malang',
      kind: 'score',
      criterionId: 'kebaruan',
      oldValue: 6,
      newValue: 9,
    });
    expect(rankingChange(before, draft)).toBeNull();
    expect(rankingChange(before, before)).toBeNull();
  });

  it('names a new package version and a committee draw among the causes', () => {
    const next = snapshotAfter(
      {
        jurorId: 'juri-1',
        teamId: 'dispendukcapil',
        kind: 'score',
        criterionId: 'efektif',
        oldValue: 10,
        newValue: 1,
        reason: 'Bukti efektivitas tidak ada',
      },
      before.packageVersion + 1,
    );
    const draw = {
      teamIds: ['a1', 'a2'],
      reason: 'undian',
      decidedBy: 'Ketua',
      at: '2021-03-17T03:00:00.000Z',
    };
    const causes = rankingChange(before, { ...next, draws: [draw] })?.causes ?? [];
    expect(causes.slice(0, 2)).toEqual([
      { kind: 'package', from: 6, to: 7 },
      { kind: 'draw', draw },
    ]);
  });
});
