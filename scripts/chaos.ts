/**
 * `npm run chaos -- [--seed S] [--runs N] [--minutes M] [--tablets T] [--faults a,b] [--json FILE]`: seeded runs of a
 * whole event scored on T tablets through the real UI while faults are injected (scripts/chaos/).
 * Run i uses seed S + i, so any run replays alone with `--seed <its seed> --runs 1`. Prints one JSON
 * line per run and a summary; exits 1 when any run lost, doubled or changed a change, or did not drain.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchLaunchOptions } from './bench/browser.ts';
import { buildTwice } from './chaos/builds.ts';
import { FAULT_KINDS, type FaultKind, isFaultKind } from './chaos/faults.ts';
import { failureReport, runLine, summarise, summaryLines } from './chaos/report.ts';
import { type RunResult, runChaos } from './chaos/run.ts';

const USAGE =
  'usage: npm run chaos -- [--seed S] [--runs N] [--minutes M] [--tablets T] [--faults a,b] [--json FILE]';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    runs: { type: 'string', default: '1' },
    minutes: { type: 'string', default: '2' },
    tablets: { type: 'string', default: '3' },
    json: { type: 'string' },
    faults: { type: 'string' },
  },
});
const seed = values.seed === undefined ? Math.floor(Math.random() * 1_000_000) : Number(values.seed);
const runs = Number(values.runs);
const minutes = Number(values.minutes);
const tablets = Number(values.tablets);
const faultNames = values.faults?.split(',') ?? [...FAULT_KINDS];
const faultKinds: FaultKind[] = faultNames.filter(isFaultKind);
if (faultKinds.length !== faultNames.length) {
  console.error(`--faults takes a comma-separated list of: ${FAULT_KINDS.join(', ')}`);
  process.exit(2);
}
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1 || !(minutes > 0) || !(tablets >= 1)) {
  console.error(USAGE);
  process.exit(2);
}

const started = Date.now();
console.error(`building the app twice (the second build is the update deployed mid-event)…`);
const builds = buildTwice();
const results: RunResult[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const result = await runChaos({
      seed: seed + i,
      minutes,
      tablets,
      builds,
      launchOptions: benchLaunchOptions(),
      faultKinds,
      progress: (line) => console.error(line),
    });
    results.push(result);
    console.log(runLine(result));
    if (!result.ok) for (const line of failureReport(result)) console.error(line);
  }
} finally {
  builds.remove();
}

const summary = summarise(results, Date.now() - started);
for (const line of summaryLines(summary)) console.log(line);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ summary, runs: results }, null, 2)}\n`);
// Exit explicitly: a browser or server process that a crashed run left behind must not keep the
// command waiting after its summary (it did, with every run passed).
process.exit(summary.passed === summary.runs ? 0 : 1);
