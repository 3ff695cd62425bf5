import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TieBreakRule } from '#shared/event.ts';
import { computeResults, resultsFromTable } from '#shared/results/compute-results.ts';
import { compareFractions } from '#shared/results/exact-compare.ts';
import { replayBundles } from '#shared/results/replay-bundles.ts';
import type { Results } from '#shared/results/results-schema.ts';
import { planTotals, sheetTotal } from '#shared/results/total-plan.ts';
import type { ScoreSheet } from '#shared/sheet.ts';
import {
  type EntryTable,
  receive,
  rulesArb,
  type ScoredEvent,
  scoredEventArb,
  tableArb,
  toTable,
} from './results-arbitraries.ts';
import { tenPointRubric } from './results-fixtures.ts';

function replayAndRank({ pkg, accepted }: ScoredEvent) {
  const replayed = replayBundles(pkg, accepted);
  if (!replayed.ok) throw new Error(replayed.problem.message);
  const computed = computeResults(pkg, replayed.sheets);
  if (!computed.ok) throw new Error(computed.problem.message);
  return { sheets: replayed.sheets, results: computed.results };
}

/** Results with every per-juror list in juror-id order: what may differ when jurors are listed differently. */
function byJurorId(results: Results): Results {
  const sorted = <T extends { jurorId: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.jurorId < b.jurorId ? -1 : 1));
  return {
    ...results,
    missing: sorted(results.missing).sort((a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0)),
    incompleteFinal: sorted(results.incompleteFinal).sort((a, b) => (a.teamId < b.teamId ? -1 : 1)),
    jurors: sorted(results.jurors),
    teams: results.teams.map((t) => ({ ...t, jurors: sorted(t.jurors) })),
  };
}

const sortSheets = (sheets: readonly ScoreSheet[]) =>
  [...sheets].sort((a, b) => `${a.jurorId}/${a.teamId}`.localeCompare(`${b.jurorId}/${b.teamId}`));

// Generous: fast-check runs a hundred cases each, and the CI machine's two cores are shared.
describe('results properties', { timeout: 60_000 }, () => {
  it('do not depend on the order bundles arrived in, nor on the order they are listed in', () => {
    const arb = scoredEventArb.chain((event) =>
      fc
        .tuple(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 256, maxLength: 256 }),
          fc.shuffledSubarray(
            event.accepted.map((_, i) => i),
            { minLength: event.accepted.length },
          ),
        )
        .map(([keys, listing]) => ({ event, keys, listing })),
    );
    fc.assert(
      fc.property(arb, ({ event, keys, listing }) => {
        const first = replayAndRank(event);
        // Another arrival order (each device's chain still in order), listed in yet another order.
        const rearrived = receive(event.accepted, keys);
        const listed = listing.flatMap((i) => rearrived[i] ?? []);
        const again = replayAndRank({ pkg: event.pkg, accepted: listed });
        expect(again.results).toEqual(first.results);
        expect(sortSheets(again.sheets)).toEqual(sortSheets(first.sheets));
      }),
    );
  });

  it('do not depend on the order of the jurors in the event', () => {
    const arb = scoredEventArb.chain((event) =>
      fc
        .shuffledSubarray(event.pkg.jurors, { minLength: event.pkg.jurors.length })
        .map((jurors) => ({ event, jurors })),
    );
    fc.assert(
      fc.property(arb, ({ event, jurors }) => {
        const { results } = replayAndRank(event);
        const reordered = replayAndRank({ pkg: { ...event.pkg, jurors }, accepted: event.accepted });
        expect(byJurorId(reordered.results)).toEqual(byJurorId(results));
      }),
    );
  });

  it('never count a juror with a conflict of interest for that team, whatever that sheet holds', () => {
    fc.assert(
      fc.property(scoredEventArb, fc.nat(), (event, seed) => {
        const { sheets, results } = replayAndRank(event);
        const plan = planTotals(event.pkg.rubric.criteria);
        // Change every conflict sheet's scores to other values on the scale: nothing may move.
        const altered = sheets.map((s, i) =>
          s.status !== 'coi'
            ? s
            : {
                ...s,
                scores: Object.fromEntries(
                  event.pkg.rubric.criteria.map((c, k) => [
                    c.id,
                    (seed + i + k) % 2 ? c.scale.max : c.scale.min,
                  ]),
                ),
              },
        );
        const computed = computeResults(event.pkg, altered);
        expect(computed.ok && computed.results).toEqual(results);
        for (const team of results.teams) {
          const finals = sheets.filter((s) => s.teamId === team.teamId && s.status === 'final');
          expect(team.counted).toBe(finals.length);
          expect(team.sumUnits).toBe(finals.reduce((sum, s) => sum + sheetTotal(plan, s.scores).units, 0));
          for (const juror of team.jurors) if (juror.status === 'coi') expect(juror.counted).toBe(false);
        }
      }),
    );
  });

  it('keep the z-score ranking when a constant is added to all of one juror’s totals', () => {
    const plan = planTotals(tenPointRubric(1).criteria);
    const arb = tableArb(1).chain((table) =>
      fc.record({
        table: fc.constant(table),
        juror: fc.nat({ max: table.jurorIds.length - 1 }),
        shift: fc.integer({ min: -100_000_000, max: 100_000_000 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ table, juror, shift }) => {
        const shifted: EntryTable = {
          ...table,
          entries: table.entries.map((row) =>
            row.map((e, j) => (j === juror ? { ...e, units: e.units + shift } : e)),
          ),
        };
        const z = (t: EntryTable) =>
          resultsFromTable('acara', toTable(t), plan, [])
            .teams.map((team) => ({
              teamId: team.teamId,
              zMean: team.zMean,
              zRank: team.zRank,
              z: team.jurors.map((j) => j.z),
            }))
            .sort((a, b) => (a.teamId < b.teamId ? -1 : 1));
        expect(z(shifted)).toEqual(z(table));
      }),
    );
  });

  it('break ties exactly as declared: ranks follow (mean, then each rule in order), level teams share', () => {
    const criteria = 3;
    const plan = planTotals(tenPointRubric(criteria).criteria);
    const arb = tableArb(criteria, ['final', 'final', 'coi', 'none']).chain((table) =>
      fc.record({
        table: fc.constant(table),
        rules: rulesArb(plan.criteria.map((c) => c.id)),
        drawn: fc.option(fc.shuffledSubarray([...table.teamIds], { minLength: table.teamIds.length }), {
          nil: undefined,
        }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ table, rules, drawn }) => {
        const draws =
          drawn && drawn.length >= 2
            ? [{ teamIds: drawn, reason: 'undian', decidedBy: 'Ketua', at: '2021-03-17T09:00:00.000Z' }]
            : [];
        const results = resultsFromTable('acara', toTable(table), plan, rules, { draws });
        const key = declaredKey(table, rules, draws[0]?.teamIds);
        const ranked = results.teams.filter((t) => t.rank !== null);
        for (const [i, team] of ranked.entries()) {
          const better = ranked.filter(
            (other) => compareKeys(key(other.teamId), key(team.teamId)) < 0,
          ).length;
          expect(team.rank).toBe(better + 1);
          const next = ranked[i + 1];
          if (next) expect(compareKeys(key(team.teamId), key(next.teamId))).toBeLessThanOrEqual(0);
        }
        // A tied team meets the declared rules in their order, one step each, from the first on.
        const ruleIndex = (rule: TieBreakRule) =>
          rules.findIndex((r) => JSON.stringify(r) === JSON.stringify(rule));
        for (const teamId of table.teamIds) {
          const met = results.tieBreaks
            .filter((s) => s.teamIds.includes(teamId))
            .map((s) => ruleIndex(s.rule));
          expect(met).toEqual(met.map((_, i) => i));
        }
      }),
    );
  });

  it('are sementara exactly when a required sheet (no conflict declared) is not final, listing each', () => {
    const plan = planTotals(tenPointRubric(1).criteria);
    fc.assert(
      fc.property(tableArb(1), (table) => {
        const results = resultsFromTable('acara', toTable(table), plan, []);
        const notFinal = table.entries.flatMap((row, t) =>
          row.flatMap((e, j) =>
            e.status === 'none' || e.status === 'draft'
              ? [{ teamId: table.teamIds[t], jurorId: table.jurorIds[j], status: e.status }]
              : [],
          ),
        );
        expect(results.provisional).toBe(notFinal.length > 0);
        expect(results.missing).toEqual(notFinal);
      }),
    );
  });
});

/** The order the declaration defines, as a list of exact fractions to compare (smaller = better). */
type Key = [number, number][];

function declaredKey(
  table: EntryTable,
  rules: readonly TieBreakRule[],
  drawn: readonly string[] | undefined,
) {
  return (teamId: string): Key => {
    const row = table.entries[table.teamIds.indexOf(teamId)] ?? [];
    const counted = row.filter((e) => e.status === 'final');
    const sum = (f: (e: (typeof counted)[number]) => number) => counted.reduce((s, e) => s + f(e), 0);
    // Higher is better for means: negate the numerator so smaller sorts first.
    const key: Key = [[-sum((e) => e.units), counted.length]];
    for (const rule of rules) {
      if (rule.kind === 'criterion') {
        const c = ['a', 'b', 'c'].indexOf(rule.criterionId);
        key.push([-sum((e) => e.steps[c] ?? 0), counted.length]);
      } else if (rule.kind === 'fewer-conflicts') {
        key.push([row.filter((e) => e.status === 'coi').length, 1]);
      } else {
        key.push([drawn ? drawn.indexOf(teamId) : 0, 1]);
      }
    }
    return key;
  };
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const [an, ad] = a[i] ?? [0, 1];
    const [bn, bd] = b[i] ?? [0, 1];
    const sign = compareFractions(an, ad, bn, bd);
    if (sign !== 0) return sign;
  }
  return 0;
}
