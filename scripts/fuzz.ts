/**
 * `npm run fuzz -- --runs N [--seed S]`: a long fuzz campaign against the server (scripts/fuzz/);
 * `npm test` runs the same property, shorter, in test/server/fuzz.test.ts. Prints what was tried and
 * what it found, and exits 1 when anything broke a rule.
 */
import { parseArgs } from 'node:util';
import { type FuzzReport, runFuzz } from './fuzz/run-fuzz.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1000' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- --runs N [--seed S]');
  process.exit(2);
}

const started = performance.now();
const report = await runFuzz({ runs, seed });
print(report, (performance.now() - started) / 1000);
process.exitCode = broken(report) ? 1 : 0;

function broken(r: FuzzReport): boolean {
  return (
    r.failure !== null ||
    r.serverErrors > 0 ||
    r.badEnvelopes > 0 ||
    r.hostileAccepted > 0 ||
    r.invalidStored > 0 ||
    !r.sheetsMatchReplay ||
    r.problems.length > 0
  );
}

function print(r: FuzzReport, seconds: number): void {
  const statuses = Object.entries(r.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
  console.log(`fuzz: seed ${r.seed}, ${r.runs} scenarios, ${seconds.toFixed(1)} s`);
  console.log(`  inputs tried           ${r.inputs} (hostile or garbage: ${r.hostile})`);
  console.log(`  answers                ${statuses}`);
  console.log(`  5xx                    ${r.serverErrors}`);
  console.log(`  outside the envelope   ${r.badEnvelopes}`);
  console.log(`  hostile accepted       ${r.hostileAccepted}`);
  console.log(`  stored                 ${r.storedBundles} bundles, ${r.storedChanges} changes`);
  console.log(`  invalid stored         ${r.invalidStored}`);
  console.log(`  sheets = replay        ${r.sheetsMatchReplay ? 'yes' : 'NO'}`);
  if (r.failure) console.log(`\nFAILED:\n${r.failure}`);
  for (const p of r.problems.slice(0, 20)) console.log(`  problem: ${p}`);
}
