/**
 * Properties of conflicts the organizer declares in the package (juror × team, before scoring): such
 * a juror never counts for that team whatever their sheet holds, their sheet is never required, and
 * the results are exactly those of the same juror declaring the conflict on the tablet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeclaredConflict } from '#shared/event.ts';
import { computeResults } from '#shared/results/compute-results.ts';
import { replayBundles } from '#shared/results/replay-bundles.ts';
import type { Results } from '#shared/results/results-schema.ts';
import { emptySheet, type ScoreSheet } from '#shared/sheet.ts';
import { type ScoredEvent, scoredEventArb } from './results-arbitraries.ts';

const withConflicts = scoredEventArb.chain((event) =>
  fc
    .subarray(event.pkg.jurors.flatMap((j) => event.pkg.teams.map((t) => [j.id, t.id] as const)))
    .map((pairs) => ({
      event,
      conflicts: pairs.map(
        ([jurorId, teamId]): DeclaredConflict => ({ jurorId, teamId, reason: 'dinas sendiri' }),
      ),
    })),
);

function sheetsOf({ pkg, accepted }: ScoredEvent): ScoreSheet[] {
  const replayed = replayBundles(pkg, accepted);
  if (!replayed.ok) throw new Error(replayed.problem.message);
  return replayed.sheets;
}

function rank(
  event: ScoredEvent,
  sheets: readonly ScoreSheet[],
  conflicts: DeclaredConflict[] = [],
): Results {
  const computed = computeResults({ ...event.pkg, conflicts }, sheets);
  if (!computed.ok) throw new Error(computed.problem.message);
  return computed.results;
}

const declared = (conflicts: readonly DeclaredConflict[], jurorId: string, teamId: string) =>
  conflicts.some((k) => k.jurorId === jurorId && k.teamId === teamId);

// Generous: fast-check runs a hundred cases each, and the CI machine's two cores are shared.
describe('conflicts declared in the package', { timeout: 60_000 }, () => {
  it('rank exactly as if each such juror had declared the conflict on the tablet', () => {
    fc.assert(
      fc.property(withConflicts, ({ event, conflicts }) => {
        const sheets = sheetsOf(event);
        const fromPackage = rank(event, sheets, conflicts);
        // The same conflicts as tablet sheets: every (juror, team) declared becomes a 'coi' sheet.
        const asTablet = [
          ...sheets.filter((s) => !declared(conflicts, s.jurorId, s.teamId)),
          ...conflicts.map(
            (k): ScoreSheet => ({
              ...emptySheet(event.pkg.event.id, k.jurorId, k.teamId, '2021-03-16T01:00:00.000Z'),
              status: 'coi',
              coiReason: k.reason,
            }),
          ),
        ];
        const fromTablet = rank(event, asTablet);
        const withoutFlags = (r: Results) => ({
          ...r,
          teams: r.teams.map((t) => ({
            ...t,
            jurors: t.jurors.map((j) => ({ ...j, declaredConflict: false })),
          })),
        });
        expect(withoutFlags(fromPackage)).toEqual(withoutFlags(fromTablet));

        for (const team of fromPackage.teams)
          for (const juror of team.jurors) {
            const isDeclared = declared(conflicts, juror.jurorId, team.teamId);
            expect(juror.declaredConflict).toBe(isDeclared);
            if (isDeclared) expect(juror).toMatchObject({ status: 'coi', counted: false, total: null });
          }
        expect(fromPackage.missing.filter((m) => declared(conflicts, m.jurorId, m.teamId))).toEqual([]);
      }),
    );
  });

  it('are sementara exactly while a required sheet (not declared, team not withdrawn) is not final', () => {
    fc.assert(
      fc.property(withConflicts, fc.nat(), ({ event, conflicts }, seed) => {
        const teams = event.pkg.teams.map((t, i) => ((seed >> i) & 1 ? { ...t, withdrawn: true } : t));
        const sheets = sheetsOf(event);
        const computed = computeResults({ ...event.pkg, teams, conflicts }, sheets);
        if (!computed.ok) throw new Error(computed.problem.message);
        const required = teams
          .filter((t) => !t.withdrawn)
          .flatMap((t) =>
            event.pkg.jurors
              .filter((j) => !declared(conflicts, j.id, t.id))
              .map((j) => [j.id, t.id] as const),
          );
        const open = required.filter(([jurorId, teamId]) => {
          const sheet = sheets.find((s) => s.jurorId === jurorId && s.teamId === teamId);
          return sheet?.status !== 'final' && sheet?.status !== 'coi';
        });
        expect(computed.results.provisional).toBe(open.length > 0);
        expect(computed.results.missing.length).toBe(open.length);
      }),
    );
  });
});
