/**
 * What the event's own settings do to the results, worked by hand: Top N sizes from EventInfo, a
 * conflict declared in the package, a withdrawn team, and the committee's draw record (the latest
 * for the same teams counts). Rubric: criteria a and b on 0–10, equal weights, so a sheet's total is
 * (a + b) / 20 × 100 = 5 × (a + b) points.
 */
import { describe, expect, it } from 'vitest';
import type { EventPackage } from '#shared/event.ts';
import { computeResults, type ResultsOptions } from '#shared/results/compute-results.ts';
import type { DrawRecord, Results } from '#shared/results/results-schema.ts';
import type { ScoreSheet, SheetStatus } from '#shared/sheet.ts';
import { makeEvent, makeSheet, tenPointRubric } from './results-fixtures.ts';

const rubric = tenPointRubric(2, [{ kind: 'criterion', criterionId: 'a' }, { kind: 'draw' }]);

function scored(cells: [string, string, SheetStatus, number, number][]): ScoreSheet[] {
  return cells.map(([teamId, jurorId, status, a, b]) => makeSheet(rubric, jurorId, teamId, status, [a, b]));
}

function results(pkg: EventPackage, sheets: ScoreSheet[], options: ResultsOptions = {}): Results {
  const computed = computeResults(pkg, sheets, options);
  if (!computed.ok) throw new Error(computed.problem.message);
  return computed.results;
}

const team = (r: Results, id: string) => r.teams.find((t) => t.teamId === id) ?? never(id);

describe('results from the event settings', () => {
  // t1 90, t2 80, t3 70, t4 60 (one juror, final): an order nothing can tie.
  const event = makeEvent(['t1', 't2', 't3', 't4'], ['j1']);
  const pkg: EventPackage = { ...event, rubric };
  const sheets = scored([
    ['t1', 'j1', 'final', 9, 9],
    ['t2', 'j1', 'final', 8, 8],
    ['t3', 'j1', 'final', 7, 7],
    ['t4', 'j1', 'final', 6, 6],
  ]);

  it('takes the Top N sizes from EventInfo.topGroups; an explicit option still wins', () => {
    const fromSettings = results({ ...pkg, event: { ...pkg.event, topGroups: [3, 1] } }, sheets);
    expect(fromSettings.method.topGroups).toEqual([3, 1]);
    expect(fromSettings.topGroups).toEqual([
      { size: 3, teamIds: ['t1', 't2', 't3'], settled: true },
      { size: 1, teamIds: ['t1'], settled: true },
    ]);
    expect(team(fromSettings, 't1').top).toEqual([3, 1]);
    expect(team(fromSettings, 't4').top).toEqual([]);
    // Without settings: KIPP Malang's 6 and 3.
    expect(results(pkg, sheets).method.topGroups).toEqual([6, 3]);
    const overridden = results({ ...pkg, event: { ...pkg.event, topGroups: [3, 1] } }, sheets, {
      topGroups: [2],
    });
    expect(overridden.topGroups).toEqual([{ size: 2, teamIds: ['t1', 't2'], settled: true }]);
  });

  it('a conflict declared in the package: that juror never counts for that team and is not required', () => {
    const panel: EventPackage = {
      ...makeEvent(['t1', 't2'], ['j1', 'j2']),
      rubric,
      conflicts: [{ jurorId: 'j2', teamId: 't1', reason: 'Juri bekerja di dinas peserta' }],
    };
    // j2 scored t1 anyway (100 points, final): declared in advance, so it does not count.
    // t1: only j1's 5 × (6 + 6) = 60; t2: (50 + 70) / 2 = 60 → level on the mean, then
    // criterion a: t1 6 vs t2 (5 + 7) / 2 = 6 → level, then the draw (not recorded): shared rank.
    const withSheet = scored([
      ['t1', 'j1', 'final', 6, 6],
      ['t1', 'j2', 'final', 10, 10],
      ['t2', 'j1', 'final', 5, 5],
      ['t2', 'j2', 'final', 7, 7],
    ]);
    const r = results(panel, withSheet);
    expect(team(r, 't1')).toMatchObject({ mean: 60, counted: 1, conflicts: 1, rank: 1 });
    expect(team(r, 't1').jurors[1]).toEqual({
      jurorId: 'j2',
      status: 'coi',
      total: null,
      counted: false,
      z: null,
      declaredConflict: true,
    });
    expect(team(r, 't2')).toMatchObject({ mean: 60, counted: 2, conflicts: 0, rank: 1 });
    expect(r.unresolvedTies).toEqual([['t1', 't2']]);
    expect(r.provisional).toBe(false);

    // Without j2's sheet for t1 nothing is missing either: the declared conflict is not required.
    const withoutSheet = results(
      panel,
      withSheet.filter((s) => !(s.teamId === 't1' && s.jurorId === 'j2')),
    );
    expect(withoutSheet.missing).toEqual([]);
    expect(withoutSheet.teams).toEqual(r.teams);
  });

  it('a withdrawn team is listed last with its sheets, never ranked, and requires no sheet', () => {
    const teams = pkg.teams.map((t) => (t.id === 't2' ? { ...t, withdrawn: true } : t));
    const r = results({ ...pkg, teams }, [...sheets.filter((s) => s.teamId !== 't3')]);
    // t3 has no sheet yet: missing. t2 (withdrawn, 80 points final) is not ranked and not missing.
    expect(r.missing).toEqual([{ teamId: 't3', jurorId: 'j1', status: 'none' }]);
    expect(r.teams.map((t) => [t.teamId, t.rank, t.withdrawn])).toEqual([
      ['t1', 1, false],
      ['t4', 2, false],
      ['t3', null, false],
      ['t2', null, true],
    ]);
    expect(team(r, 't2')).toMatchObject({ counted: 0, mean: null, top: [] });
    expect(team(r, 't2').jurors[0]).toMatchObject({ status: 'final', total: 80, counted: false });
  });
});

describe('committee draw records', () => {
  const pkg: EventPackage = { ...makeEvent(['t1', 't2', 't3'], ['j1']), rubric };
  // Every team 5 × (5 + 5) = 50 with a = 5: level on the mean and on criterion a, so the draw decides.
  const sheets = scored([
    ['t1', 'j1', 'final', 5, 5],
    ['t2', 'j1', 'final', 5, 5],
    ['t3', 'j1', 'final', 5, 5],
  ]);
  const draw = (teamIds: string[], at: string): DrawRecord => ({
    teamIds,
    reason: 'Undian dengan kertas bernomor di hadapan semua juri',
    decidedBy: 'Ketua Tim Penilai',
    at,
  });

  it('leaves the tie unresolved until a record covers every level team; the latest record counts', () => {
    expect(results(pkg, sheets).unresolvedTies).toEqual([['t1', 't2', 't3']]);
    // A record for two of three level teams cannot order the third: still unresolved.
    const partial = results(pkg, sheets, { draws: [draw(['t2', 't1'], '2021-03-17T09:00:00.000Z')] });
    expect(partial.teams.map((t) => t.rank)).toEqual([1, 1, 1]);

    const first = draw(['t3', 't1', 't2'], '2021-03-17T09:00:00.000Z');
    const corrected = draw(['t2', 't3', 't1'], '2021-03-17T09:05:00.000Z');
    const once = results(pkg, sheets, { draws: [first] });
    expect(once.teams.map((t) => [t.teamId, t.rank])).toEqual([
      ['t3', 1],
      ['t1', 2],
      ['t2', 3],
    ]);
    const twice = results(pkg, sheets, { draws: [first, corrected] });
    expect(twice.teams.map((t) => t.teamId)).toEqual(['t2', 't3', 't1']);
    expect(twice.tieBreaks.at(-1)).toMatchObject({ rule: { kind: 'draw' }, draw: corrected });
    expect(twice.unresolvedTies).toEqual([]);
  });
});

function never(id: string): never {
  throw new Error(`no team ${id}`);
}
