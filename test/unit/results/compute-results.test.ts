/**
 * Small results worked out by hand. The rubric has two criteria a and b on 0–10 with equal weights,
 * so a sheet's total is (a + b) / 20 × 100 = 5 × (a + b) points.
 */
import { describe, expect, it } from 'vitest';
import type { TieBreakRule } from '#shared/event.ts';
import { computeResults, type ResultsOptions } from '#shared/results/compute-results.ts';
import type { Results } from '#shared/results/results-schema.ts';
import type { ScoreSheet, SheetStatus } from '#shared/sheet.ts';
import { makeEvent, makeSheet, tenPointRubric } from './results-fixtures.ts';

/** [status, a, b, …]: the sheet's status and its scores in criterion order. */
type Row = Record<string, [SheetStatus, ...number[]] | undefined>;

/** Results for teams × jurors where `rows[team][juror]` is [status, a, b] (undefined: no sheet). */
function resultsOf(
  rows: Record<string, Row>,
  jurorIds: string[],
  rules: TieBreakRule[] = [],
  options: ResultsOptions = {},
  criteria = 2,
): Results {
  const rubric = tenPointRubric(criteria, rules);
  const pkg = makeEvent(Object.keys(rows), jurorIds, rubric);
  const sheets: ScoreSheet[] = Object.entries(rows).flatMap(([teamId, row]) =>
    Object.entries(row).flatMap(([jurorId, cell]) => {
      if (!cell) return [];
      const [status, ...values] = cell;
      return [makeSheet(rubric, jurorId, teamId, status, values)];
    }),
  );
  const computed = computeResults(pkg, sheets, options);
  if (!computed.ok) throw new Error(computed.problem.message);
  return computed.results;
}

const team = (results: Results, teamId: string) => {
  const found = results.teams.find((t) => t.teamId === teamId);
  if (!found) throw new Error(`no team ${teamId}`);
  return found;
};
const order = (results: Results) => results.teams.map((t) => t.teamId);

describe('results worked by hand', () => {
  const J3 = ['j1', 'j2', 'j3'];

  it('means, spread and the disagreement rule (range over 20 points)', () => {
    const results = resultsOf(
      {
        // 60, 80, 100 → mean 80; SD √((20² + 0 + 20²)/3) = √266.67 = 16.329932; range 40 > 20: flagged
        t1: { j1: ['final', 6, 6], j2: ['final', 8, 8], j3: ['final', 10, 10] },
        // 70, 75, 80 → mean 75; SD √((5² + 0 + 5²)/3) = 4.082483; range 10: not flagged
        t2: { j1: ['final', 7, 7], j2: ['final', 7, 8], j3: ['final', 8, 8] },
        // 90, 60, 70 → mean 220/3 = 73.333333; range 90 − 60 = 30 > 20: flagged
        t3: { j1: ['final', 9, 9], j2: ['final', 6, 6], j3: ['final', 7, 7] },
        // 60, 80, 70 → mean 70; range exactly 20: not over 20, not flagged
        t4: { j1: ['final', 6, 6], j2: ['final', 8, 8], j3: ['final', 7, 7] },
      },
      J3,
    );
    expect(order(results)).toEqual(['t1', 't2', 't3', 't4']);
    expect(team(results, 't1')).toMatchObject({ mean: 80, counted: 3, range: 40, disagreement: true });
    expect(team(results, 't1').sd).toBeCloseTo(16.329932, 6);
    expect(team(results, 't2')).toMatchObject({ mean: 75, range: 10, disagreement: false });
    expect(team(results, 't2').sd).toBeCloseTo(4.082483, 6);
    expect(team(results, 't3').mean).toBeCloseTo(73.333333, 6);
    expect(team(results, 't3').disagreement).toBe(true);
    expect(team(results, 't4')).toMatchObject({ mean: 70, range: 20, disagreement: false });
    expect(results.teams.map((t) => t.rank)).toEqual([1, 2, 3, 4]);
    expect(results.provisional).toBe(false);
  });

  it('a recusal: the lenient juror is left out of t2, so raw and z-score orders differ', () => {
    const results = resultsOf(
      {
        // raw: (50 + 50 + 80) / 3 = 60
        t1: { j1: ['final', 5, 5], j2: ['final', 5, 5], j3: ['final', 8, 8] },
        // raw: (55 + 55) / 2 = 55; j3's conflict sheet (100) never counts
        t2: { j1: ['final', 5, 6], j2: ['final', 5, 6], j3: ['coi', 10, 10] },
        // raw: (40 + 40 + 70) / 3 = 50
        t3: { j1: ['final', 4, 4], j2: ['final', 4, 4], j3: ['final', 7, 7] },
      },
      J3,
    );
    // j1 (and j2) gave 50, 55, 40: n = 3, Σ = 145, d = 3T − Σ = 5, 20, −25, Σd² = 1050,
    // z = d / √(1050 / 3) = d / 18.708287 → 0.267261, 1.069045, −1.336306.
    // j3 gave 80 and 70: d = 10, −10, z = 10 / √(200 / 2) = ±1.
    // z means: t1 (0.267261 · 2 + 1) / 3 = 0.511507; t2 1.069045; t3 (−1.336306 · 2 − 1) / 3 = −1.224204.
    expect(order(results)).toEqual(['t1', 't2', 't3']);
    expect(results.teams.map((t) => t.mean)).toEqual([60, 55, 50]);
    expect(team(results, 't2')).toMatchObject({ counted: 2, conflicts: 1, rank: 2, zRank: 1 });
    expect(team(results, 't1')).toMatchObject({ rank: 1, zRank: 2 });
    expect(team(results, 't1').zMean).toBeCloseTo(0.511507, 6);
    expect(team(results, 't2').zMean).toBeCloseTo(1.069045, 6);
    expect(team(results, 't3').zMean).toBeCloseTo(-1.224204, 6);
    expect(team(results, 't2').jurors.find((j) => j.jurorId === 'j3')).toEqual({
      jurorId: 'j3',
      status: 'coi',
      total: null,
      counted: false,
      z: null,
      declaredConflict: false,
    });
    expect(results.jurors.find((j) => j.jurorId === 'j3')).toMatchObject({ counted: 2, mean: 75, sd: 5 });
    expect(results.provisional).toBe(false);
  });

  it('is sementara while a required sheet is a draft or missing, and lists exactly those', () => {
    const rows: Record<string, Row> = {
      t1: { j1: ['final', 5, 5], j2: ['draft', 9, 9] },
      t2: { j2: ['coi', 1, 1] },
    };
    const results = resultsOf(rows, ['j1', 'j2']);
    expect(results.provisional).toBe(true);
    expect(results.missing).toEqual([
      { teamId: 't1', jurorId: 'j2', status: 'draft' },
      { teamId: 't2', jurorId: 'j1', status: 'none' },
    ]);
    // The draft shows its total (90) but only j1's 50 counts; t2 has no counted sheet yet: unranked.
    expect(team(results, 't1')).toMatchObject({ mean: 50, counted: 1, rank: 1 });
    expect(team(results, 't1').jurors[1]).toMatchObject({ status: 'draft', total: 90, counted: false });
    expect(team(results, 't2')).toMatchObject({ mean: null, counted: 0, rank: null, position: 2 });

    const done = resultsOf(
      { ...rows, t1: { ...rows.t1, j2: ['final', 9, 9] }, t2: { ...rows.t2, j1: ['final', 1, 2] } },
      ['j1', 'j2'],
    );
    expect(done.provisional).toBe(false);
    expect(done.missing).toEqual([]);
  });

  describe('declared tie-breaks: criterion b, then fewer conflicts, then the committee draw', () => {
    const rules: TieBreakRule[] = [
      { kind: 'criterion', criterionId: 'b' },
      { kind: 'fewer-conflicts' },
      { kind: 'draw' },
    ];
    const rows: Record<string, Row> = {
      // mean 50 each (every sheet 5 × 10); b means 18/3 = 6 and 15/3 = 5: b puts t1 first
      t1: { j1: ['final', 4, 6], j2: ['final', 4, 6], j3: ['final', 4, 6] },
      t2: { j1: ['final', 5, 5], j2: ['final', 5, 5], j3: ['final', 5, 5] },
      // mean 40 each, b means 4 and 4; t3 has one conflict, t4 none: t4 first
      t3: { j1: ['final', 4, 4], j2: ['final', 4, 4], j3: ['coi', 10, 10] },
      t4: { j1: ['final', 4, 4], j2: ['final', 4, 4], j3: ['final', 4, 4] },
      // mean 30 each, b 3 and 3, no conflicts: only the draw can order them
      t5: { j1: ['final', 3, 3], j2: ['final', 3, 3], j3: ['final', 3, 3] },
      t6: { j1: ['final', 3, 3], j2: ['final', 3, 3], j3: ['final', 3, 3] },
    };
    const draw = {
      teamIds: ['t6', 't5'],
      reason: 'Undian dengan dua kertas bernomor di hadapan semua juri',
      decidedBy: 'Ketua panitia',
      at: '2021-03-17T09:00:00.000Z',
    };

    it('orders every tie by the first rule that separates it, and writes each step', () => {
      const results = resultsOf(rows, J3, rules, { draws: [draw] });
      expect(order(results)).toEqual(['t1', 't2', 't4', 't3', 't6', 't5']);
      expect(results.teams.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(results.tieBreaks).toEqual([
        { teamIds: ['t1', 't2'], rule: rules[0], values: v({ t1: 6, t2: 5 }), groups: [['t1'], ['t2']] },
        { teamIds: ['t3', 't4'], rule: rules[0], values: v({ t3: 4, t4: 4 }), groups: [['t3', 't4']] },
        { teamIds: ['t3', 't4'], rule: rules[1], values: v({ t3: 1, t4: 0 }), groups: [['t4'], ['t3']] },
        { teamIds: ['t5', 't6'], rule: rules[0], values: v({ t5: 3, t6: 3 }), groups: [['t5', 't6']] },
        { teamIds: ['t5', 't6'], rule: rules[1], values: v({ t5: 0, t6: 0 }), groups: [['t5', 't6']] },
        {
          teamIds: ['t5', 't6'],
          rule: rules[2],
          values: v({ t5: 2, t6: 1 }),
          groups: [['t6'], ['t5']],
          draw,
        },
      ]);
      expect(results.unresolvedTies).toEqual([]);
      expect(results.topGroups).toEqual([
        { size: 6, teamIds: ['t1', 't2', 't4', 't3', 't6', 't5'], settled: true },
        { size: 3, teamIds: ['t1', 't2', 't4'], settled: true },
      ]);
      expect(team(results, 't4').top).toEqual([6, 3]);
      // Panel means per criterion, in rubric order (a, b): t1 a = (4+4+4)/3, b = (6+6+6)/3.
      expect(results.method.criterionIds).toEqual(['a', 'b']);
      expect(team(results, 't1').criterionMeans).toEqual([4, 6]);
      expect(team(results, 't3').top).toEqual([6]);
    });

    it('leaves teams level, sharing a rank, until the draw is recorded; a Top N they straddle is unsettled', () => {
      const results = resultsOf(rows, J3, rules, { topGroups: [5] });
      expect(results.teams.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5, 5]);
      expect(results.unresolvedTies).toEqual([['t5', 't6']]);
      expect(results.tieBreaks.at(-1)).toEqual({
        teamIds: ['t5', 't6'],
        rule: rules[2],
        values: v({ t5: null, t6: null }),
        groups: [['t5', 't6']],
        draw: null,
      });
      expect(results.topGroups).toEqual([
        { size: 5, teamIds: ['t1', 't2', 't4', 't3', 't5', 't6'], settled: false },
      ]);
    });

    it('with no rules declared, exact ties share a rank (1, 1, 3)', () => {
      const results = resultsOf({ t1: rows.t1 ?? {}, t2: rows.t2 ?? {}, t3: rows.t4 ?? {} }, J3);
      expect(results.teams.map((t) => t.rank)).toEqual([1, 1, 3]);
      expect(results.tieBreaks).toEqual([]);
      expect(results.unresolvedTies).toEqual([['t1', 't2']]);
    });
  });

  it('finds the tie that floating point would have hidden, and breaks it by the declared rule', () => {
    // Three criteria on 0–10, equal weights: A 5,0,0 and B 2,1,2 are both 5 / 30 = 16.666…67 points.
    // Summed as floats A comes to 16.666666666666664 and B to 16.666666666666668, so B would rank
    // first by float residue. Exactly they tie, and the declared rule (higher mean on a) puts A first.
    const results = resultsOf(
      { tA: { j1: ['final', 5, 0, 0] }, tB: { j1: ['final', 2, 1, 2] } },
      ['j1'],
      [{ kind: 'criterion', criterionId: 'a' }],
      {},
      3,
    );
    expect(order(results)).toEqual(['tA', 'tB']);
    expect(results.teams.map((t) => t.sumUnits)).toEqual([16_666_667, 16_666_667]);
    expect(results.tieBreaks).toHaveLength(1);
  });
});

function v(values: Record<string, number | null>) {
  return Object.entries(values).map(([teamId, value]) => ({ teamId, value }));
}
