/**
 * Section `results-recompute`: computing the results of a national-scale event (3,000 teams × 5
 * jurors × 10 criteria = 150,000 scores) from its sheets — exact totals, means, spread, z-scores,
 * ranking with tie-breaks, Top N, completeness. The sheets are built first (not timed); the figure is
 * the median of repeated runs after a warm-up. Target ≤ 100 ms.
 */
import { computeResults } from '#shared/results/compute-results.ts';
import { replayBundles } from '#shared/results/replay-bundles.ts';
import type { Figure, SectionOutcome } from '../figures.ts';
import { percentile, round } from '../figures.ts';
import { NATIONAL, nationalBundles, nationalEvent } from './national-event.ts';

export const RECOMPUTE_TARGET_MS = 100;
const WARM_UPS = 3;
const RUNS = 15;

export async function measureResultsRecompute(): Promise<SectionOutcome> {
  const pkg = nationalEvent();
  const replayed = replayBundles(pkg, nationalBundles(pkg));
  if (!replayed.ok) throw new Error(replayed.problem.message);
  const { sheets } = replayed;
  const scores = sheets.reduce((n, s) => n + Object.keys(s.scores).length, 0);
  const expected = NATIONAL.teams * NATIONAL.jurors * NATIONAL.criteria;
  if (scores !== expected) throw new Error(`${scores} scores on the sheets, expected ${expected}`);

  const samples: number[] = [];
  let ranked = 0;
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const started = performance.now();
    const computed = computeResults(pkg, sheets);
    const elapsed = performance.now() - started;
    if (!computed.ok) throw new Error(computed.problem.message);
    if (i >= WARM_UPS) samples.push(elapsed);
    ranked = computed.results.teams.filter((t) => t.rank !== null).length;
  }
  if (ranked !== NATIONAL.teams) throw new Error(`${ranked} of ${NATIONAL.teams} teams ranked`);
  const figures: Figure[] = [
    { name: 'results: sheets × scores', value: `${sheets.length} × ${NATIONAL.criteria} = ${scores}` },
    {
      name: `results: recompute, median of ${RUNS}`,
      value: round(percentile(samples, 50), 1),
      unit: 'ms',
      target: { op: '<=', value: RECOMPUTE_TARGET_MS },
    },
    { name: `results: recompute, slowest of ${RUNS}`, value: round(Math.max(...samples), 1), unit: 'ms' },
  ];
  return { status: 'ok', figures };
}
