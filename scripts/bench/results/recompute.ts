/**
 * Section `results-recompute`: computing the results of a national-scale event (3,000 teams × 5
 * jurors × 10 criteria = 150,000 scores) from its sheets — exact totals, means, spread, z-scores,
 * ranking with tie-breaks, Top N, completeness. The sheets are built first, as the server lists them
 * (not timed); the figure is the median of repeated runs after a warm-up. Target ≤ 100 ms.
 */
import { loadavg } from 'node:os';
import * as v from 'valibot';
import { ScoreSheetSchema } from '#shared/api.ts';
import { computeResults } from '#shared/results/compute-results.ts';
import { replayBundles } from '#shared/results/replay-bundles.ts';
import type { ScoreSheet } from '#shared/sheet.ts';
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
  // As the server stores and lists them: JSON text parsed back.
  const sheets: ScoreSheet[] = v.parse(
    v.array(ScoreSheetSchema),
    JSON.parse(JSON.stringify(replayed.sheets)),
  );
  const scores = sheets.reduce((n, s) => n + Object.keys(s.scores).length, 0);
  const expected = NATIONAL.teams * NATIONAL.jurors * NATIONAL.criteria;
  if (scores !== expected) throw new Error(`${scores} scores on the sheets, expected ${expected}`);

  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let ranked = 0;
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const computed = computeResults(pkg, sheets);
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (!computed.ok) throw new Error(computed.problem.message);
    if (i >= WARM_UPS) {
      samples.push(elapsed);
      cpuSamples.push((used.user + used.system) / 1000);
    }
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
    // This machine's 2 cores are shared: CPU time and load show how much of the wall time was waiting.
    { name: 'results: recompute, CPU time, median', value: round(percentile(cpuSamples, 50), 1), unit: 'ms' },
    { name: 'load average (1 min) at the end', value: round(loadavg()[0] ?? 0, 1) },
  ];
  return { status: 'ok', figures };
}
