/**
 * The replay writes each change into its sheet in place (writeChange) instead of copying the sheet
 * per change: it must give exactly the sheets that folding applyChange over each sheet's changes gives
 * (what the tablet and ingest do), audit trails included, and leave the bundles untouched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayBundles } from '#shared/results/replay-bundles.ts';
import { applyChange, type ChangeEntry, type ScoreSheet } from '#shared/sheet.ts';
import { scoredEventArb } from './results-arbitraries.ts';

// Generous: fast-check runs fifty cases, and the CI machine's two cores are shared.
describe('replay in place', { timeout: 60_000 }, () => {
  it('equals applyChange folded over each sheet’s changes in acceptance order', () => {
    fc.assert(
      fc.property(scoredEventArb, ({ pkg, accepted }) => {
        const before = structuredClone(accepted);
        const replayed = replayBundles(pkg, accepted);
        if (!replayed.ok) throw new Error(replayed.problem.message);
        // `accepted` is in the order the server received it; each sheet's changes come from one device.
        const folded = new Map<string, ScoreSheet>();
        const changes: ChangeEntry[] = accepted.flatMap((a) => a.bundle.changes);
        for (const change of changes) {
          const key = `${change.jurorId}/${change.teamId}`;
          folded.set(key, applyChange(folded.get(key), change));
        }
        const byKey = (sheets: Iterable<ScoreSheet>) =>
          [...sheets].sort((a, b) => `${a.jurorId}/${a.teamId}`.localeCompare(`${b.jurorId}/${b.teamId}`));
        expect(byKey(replayed.sheets)).toEqual(byKey(folded.values()));
        expect(accepted).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
