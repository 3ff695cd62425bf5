/**
 * What `npm run chaos` prints: one JSON line per run (the figures, and for a failing run its problems
 * and fault timeline, so it can be replayed with its seed), then a summary over all runs.
 */
import { FAULT_KINDS } from './faults.ts';
import type { RunResult } from './run.ts';

export function runLine(result: RunResult): string {
  const { timeline, problems, ...figures } = result;
  return JSON.stringify(result.ok ? figures : { ...figures, problems });
}

export function failureReport(result: RunResult): string[] {
  return [
    `FAILED run, seed ${result.seed} — replay: npm run chaos -- --seed ${result.seed} --runs 1 --minutes ${result.minutes} --tablets ${result.tablets}`,
    ...result.problems.map((p) => `  problem: ${p}`),
    '  fault timeline (seconds since the run started):',
    ...result.timeline.map((e) =>
      `    ${e.at.toFixed(1).padStart(7)}  ${e.kind.padEnd(20)} ${e.tablet ?? ''} ${e.detail ?? ''}`.trimEnd(),
    ),
  ];
}

export interface ChaosSummary {
  runs: number;
  passed: number;
  faults: Record<string, number>;
  faultsTotal: number;
  scoresEntered: number;
  changesAcknowledged: number;
  lost: number;
  doubled: number;
  changed: number;
  drainMedianMs: number | null;
  drainWorstMs: number | null;
  minutes: number;
  failedSeeds: number[];
}

export function summarise(results: readonly RunResult[], elapsedMs: number): ChaosSummary {
  const faults: Record<string, number> = {};
  for (const kind of FAULT_KINDS) faults[kind] = results.reduce((n, r) => n + (r.faults[kind] ?? 0), 0);
  const drains = results
    .map((r) => r.drainMs)
    .filter((d): d is number => d !== null)
    .sort((a, b) => a - b);
  const sum = (pick: (r: RunResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  return {
    runs: results.length,
    passed: results.filter((r) => r.ok).length,
    faults,
    faultsTotal: sum((r) => r.faultsTotal),
    scoresEntered: sum((r) => r.scoresEntered),
    changesAcknowledged: sum((r) => r.changesAcknowledged),
    lost: sum((r) => r.lost),
    doubled: sum((r) => r.doubled),
    changed: sum((r) => r.changed),
    drainMedianMs: drains.length > 0 ? (drains[Math.floor((drains.length - 1) / 2)] ?? null) : null,
    drainWorstMs: drains.at(-1) ?? null,
    minutes: Math.round(elapsedMs / 6_000) / 10,
    failedSeeds: results.filter((r) => !r.ok).map((r) => r.seed),
  };
}

export function summaryLines(summary: ChaosSummary): string[] {
  const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);
  const kinds = Object.entries(summary.faults)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return [
    '',
    `chaos summary: ${summary.passed}/${summary.runs} runs passed in ${summary.minutes} min`,
    `  faults injected: ${summary.faultsTotal} (${kinds})`,
    `  scores entered: ${summary.scoresEntered} (${summary.changesAcknowledged} acknowledged changes in all)`,
    `  lost ${summary.lost} · doubled ${summary.doubled} · changed ${summary.changed}`,
    `  time to drain after the last fault: median ${seconds(summary.drainMedianMs)}, worst ${seconds(summary.drainWorstMs)}`,
    ...(summary.failedSeeds.length > 0 ? [`  failed seeds: ${summary.failedSeeds.join(', ')}`] : []),
  ];
}
