/**
 * fast-check generators for the results properties: totals tables with many exact ties, and whole
 * events scored through change logs split into bundles, with the order the server received them in.
 */
import fc from 'fast-check';
import type { Criterion, EventPackage, TieBreakRule } from '#shared/event.ts';
import type { AcceptedBundle } from '#shared/results/replay-bundles.ts';
import { type TableEntry, type TotalsTable, tableOf } from '#shared/results/totals-table.ts';
import { scaleValues } from '#shared/scoring.ts';
import type { ChangeEntry, TeamStatus } from '#shared/sheet.ts';
import { criteriaArb } from '../rubric-arbitraries.ts';
import { cutIntoBundles, EVENT_ID, makeEvent } from './results-fixtures.ts';

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

/** A totals table spelled out cell by cell: the oracle reads the entries, the maths their tableOf. */
export interface EntryTable {
  teamIds: string[];
  jurorIds: string[];
  criteria: number;
  entries: TableEntry[][];
}

export const toTable = (t: EntryTable): TotalsTable => tableOf(t.teamIds, t.jurorIds, t.criteria, t.entries);

/**
 * A table of `criteria` criteria on 0–2 steps with totals from a few values, so exact ties on the
 * mean and on the criterion means are common.
 */
export function tableArb(
  criteria: number,
  statuses: readonly TeamStatus[] = ['none', 'draft', 'final', 'coi'],
) {
  const entry: fc.Arbitrary<TableEntry> = fc.record({
    status: fc.constantFrom(...statuses),
    units: fc.constantFrom(0, 50_000_000, 75_000_000, 100_000_000),
    steps: fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), {
      minLength: criteria,
      maxLength: criteria,
    }),
  });
  return fc
    .record({ teams: fc.integer({ min: 1, max: 9 }), jurors: fc.integer({ min: 1, max: 4 }) })
    .chain(({ teams, jurors }) =>
      fc
        .array(fc.array(entry, { minLength: jurors, maxLength: jurors }), {
          minLength: teams,
          maxLength: teams,
        })
        .map(
          (entries): EntryTable => ({
            teamIds: ids('t', teams),
            jurorIds: ids('j', jurors),
            criteria,
            entries,
          }),
        ),
    );
}

/** Any declared list: criterion rules and fewer-conflicts in any order, maybe a draw last. */
export function rulesArb(criterionIds: readonly string[]): fc.Arbitrary<TieBreakRule[]> {
  const candidates: TieBreakRule[] = [
    ...criterionIds.map((criterionId): TieBreakRule => ({ kind: 'criterion', criterionId })),
    { kind: 'fewer-conflicts' },
  ];
  return fc
    .tuple(fc.shuffledSubarray(candidates), fc.boolean())
    .map(([rules, draw]) => (draw ? [...rules, { kind: 'draw' } as const] : rules));
}

type SheetEnding = 'draft' | 'final' | 'final-then-edit' | 'coi';

/** One juror's changes to one team's sheet, seqs filled in later. */
function sheetChangesArb(
  criteria: readonly Criterion[],
): fc.Arbitrary<Omit<ChangeEntry, 'seq' | 'jurorId' | 'teamId' | 'at'>[]> {
  const score = (c: Criterion) =>
    fc.constantFrom(...scaleValues(c.scale)).map((value) => ({ id: c.id, value }));
  return fc
    .record({
      partial: fc.tuple(...criteria.map((c) => fc.option(score(c), { nil: undefined }))),
      // Only a complete sheet can be final (validateChange): finals score every criterion.
      complete: fc.tuple(...criteria.map((c) => score(c))),
      ending: fc.constantFrom<SheetEnding>('draft', 'final', 'final-then-edit', 'coi'),
      edit: score(criteria[0] ?? never()),
    })
    .map(({ partial, complete, ending, edit }) => {
      const base = { eventId: EVENT_ID, oldValue: null };
      const scores = ending === 'final' || ending === 'final-then-edit' ? complete : partial;
      const changes = scores.flatMap((s) =>
        s ? [{ ...base, kind: 'score' as const, criterionId: s.id, newValue: s.value }] : [],
      );
      const status = (newValue: string, reason?: string) => ({
        ...base,
        kind: 'status' as const,
        criterionId: null,
        newValue,
        reason,
      });
      if (ending === 'coi') return [...changes, status('coi', 'unit kerja sendiri')];
      if (ending === 'draft') return changes;
      const final = [...changes, status('final')];
      if (ending === 'final') return final;
      return [
        ...final,
        {
          ...base,
          kind: 'score' as const,
          criterionId: edit.id,
          newValue: edit.value,
          reason: 'salah ketik',
        },
      ];
    });
}

export interface ScoredEvent {
  pkg: EventPackage;
  /** Accepted bundles in the order the server received them (receivedAt rising). */
  accepted: AcceptedBundle[];
}

/**
 * An event on a random rubric; each juror scores some teams on one tablet, whose change log is cut
 * into bundles; the tablets' bundles reach the server interleaved in a random order.
 */
export const scoredEventArb: fc.Arbitrary<ScoredEvent> = fc
  .record({
    criteria: criteriaArb,
    teams: fc.integer({ min: 1, max: 5 }),
    jurors: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ criteria, teams, jurors }) => {
    const teamIds = ids('t', teams);
    const jurorIds = ids('j', jurors);
    const touched = fc.option(sheetChangesArb(criteria), { nil: undefined, freq: 4 });
    const logArb = fc
      .tuple(fc.tuple(...teamIds.map(() => touched)), fc.shuffledSubarray(teamIds, { minLength: teams }))
      .map(([perTeam, order]) =>
        order.flatMap((teamId) => (perTeam[teamIds.indexOf(teamId)] ?? []).map((c) => ({ ...c, teamId }))),
      );
    return fc.record({
      criteria: fc.constant(criteria),
      rules: rulesArb(criteria.map((c) => c.id)),
      teamIds: fc.constant(teamIds),
      jurorIds: fc.constant(jurorIds),
      logs: fc.tuple(...jurorIds.map(() => logArb)),
      cuts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 64, maxLength: 64 }),
      arrival: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 256, maxLength: 256 }),
    });
  })
  .map(({ criteria, rules, teamIds, jurorIds, logs, cuts, arrival }) => {
    const pkg = makeEvent(teamIds, jurorIds, { id: 'acak', name: 'Rubrik acak', criteria, tieBreak: rules });
    const bundles = jurorIds.flatMap((jurorId, j) => {
      const log = (logs[j] ?? []).map(
        (c, i): ChangeEntry => ({
          ...c,
          seq: i + 1,
          jurorId,
          at: new Date(Date.UTC(2021, 2, 16, 1, 0, i)).toISOString(),
        }),
      );
      return cutIntoBundles(`tablet-${jurorId}-0001`, jurorId, log, cuts);
    });
    return { pkg, accepted: receive(bundles, arrival) };
  });

/**
 * Arrival order: bundles take random arrival keys, sorted within each device so its chain stays in
 * order (the server accepts nothing else); receivedAt follows the keys.
 */
export function receive(
  bundles: readonly { bundle: AcceptedBundle['bundle']; hash: string }[],
  keys: readonly number[],
): AcceptedBundle[] {
  const byDevice = new Map<string, number[]>();
  bundles.forEach((b, i) => {
    const list = byDevice.get(b.bundle.deviceId) ?? [];
    list.push(keys[i % keys.length] ?? 0);
    byDevice.set(b.bundle.deviceId, list);
  });
  for (const list of byDevice.values()) list.sort((a, b) => a - b);
  const taken = new Map<string, number>();
  const keyed = bundles.map((b) => {
    const list = byDevice.get(b.bundle.deviceId) ?? [];
    const n = taken.get(b.bundle.deviceId) ?? 0;
    taken.set(b.bundle.deviceId, n + 1);
    return { ...b, key: list[n] ?? 0 };
  });
  return keyed
    .sort((a, b) => a.key - b.key)
    .map(({ bundle, hash }, i) => ({
      bundle,
      hash,
      receivedAt: new Date(Date.UTC(2021, 2, 17, 9, 0, 0, i)).toISOString(),
    }));
}

function never(): never {
  throw new Error('a rubric has at least one criterion');
}
