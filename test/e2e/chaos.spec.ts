/**
 * The chaos suite's short seeded run (npm run chaos is the long campaign): three tablets score the
 * event through the real UI for a minute while every kind of fault may strike, then the verdict.
 * Its timing varies with the machine; its verdict may not: nothing lost, doubled or changed, and
 * every tablet drained. A failure prints the seed and the fault timeline to replay it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { benchLaunchOptions } from '../../scripts/bench/browser.ts';
import { build } from '../../scripts/chaos/builds.ts';
import { failureReport, runLine } from '../../scripts/chaos/report.ts';
import { runChaos } from '../../scripts/chaos/run.ts';

const SEED = 14;

let updateDir: string;

test.beforeAll(() => {
  test.setTimeout(180_000);
  updateDir = mkdtempSync(join(tmpdir(), 'juri-chaos-update-'));
  build(updateDir, 'chaos-e2e-update');
});

test.afterAll(() => {
  if (updateDir) rmSync(updateDir, { recursive: true, force: true });
});

test(`a seeded chaos run (seed ${SEED}): every acknowledged change reaches the server once, unchanged`, async () => {
  test.setTimeout(10 * 60_000);
  const result = await runChaos({
    seed: SEED,
    minutes: 1,
    tablets: 3,
    builds: { a: resolve(process.env.DIST_DIR ?? 'dist'), b: updateDir },
    launchOptions: benchLaunchOptions(),
  });
  console.log(runLine(result));
  if (!result.ok) console.log(failureReport(result).join('\n'));

  expect(result.problems).toEqual([]);
  expect({ lost: result.lost, doubled: result.doubled, changed: result.changed }).toEqual({
    lost: 0,
    doubled: 0,
    changed: 0,
  });
  expect(result.drainMs).not.toBeNull();
  // A run that injected nothing or scored nothing proves nothing.
  expect(result.faultsTotal).toBeGreaterThanOrEqual(10);
  expect(result.changesAcknowledged).toBeGreaterThanOrEqual(10);
});
