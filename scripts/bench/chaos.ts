/**
 * Bench section `chaos` (issue 14): one short seeded chaos run (scripts/chaos/) on the bench's build,
 * so the one report carries the promise's figures beside the speed ones — faults injected, changes
 * acknowledged, lost / doubled / changed (target 0) and the time to drain after the last fault. The
 * campaign of many runs is `npm run chaos`; this is its sample.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../chaos/builds.ts';
import { runChaos } from '../chaos/run.ts';
import type { BenchContext, SectionOutcome } from './figures.ts';

const SEED = 14;
const MINUTES = 1;
const TABLETS = 3;
/** The tablet's health probe runs every 30 s while online: a drain should not need two of them. */
const DRAIN_TARGET_MS = 60_000;

export async function measureChaos(context: BenchContext): Promise<SectionOutcome> {
  const updateDir = mkdtempSync(join(tmpdir(), 'juri-bench-chaos-'));
  try {
    build(updateDir, 'bench-chaos-update');
    const result = await runChaos({
      seed: SEED,
      minutes: MINUTES,
      tablets: TABLETS,
      builds: { a: context.distDir, b: updateDir },
      launchOptions: context.launchOptions,
    });
    const kinds = Object.entries(result.faults)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    return {
      status: 'ok',
      figures: [
        { name: `chaos run: seed, tablets × minutes`, value: `${SEED}, ${TABLETS} × ${MINUTES}` },
        { name: 'chaos: faults injected', value: result.faultsTotal, target: { op: '>=', value: 10 } },
        { name: 'chaos: faults by kind', value: kinds },
        { name: 'chaos: scores entered (acknowledged "Tersimpan")', value: result.scoresEntered },
        { name: 'chaos: changes acknowledged, all kinds', value: result.changesAcknowledged },
        { name: 'chaos: lost', value: result.lost, target: { op: '<=', value: 0 } },
        { name: 'chaos: doubled', value: result.doubled, target: { op: '<=', value: 0 } },
        { name: 'chaos: changed', value: result.changed, target: { op: '<=', value: 0 } },
        {
          name: 'chaos: time to drain after the last fault',
          value: result.drainMs ?? 'not drained',
          unit: result.drainMs === null ? undefined : 'ms',
          target: { op: '<=', value: DRAIN_TARGET_MS },
        },
        { name: 'chaos: problems found', value: result.problems.length, target: { op: '<=', value: 0 } },
      ],
    };
  } finally {
    rmSync(updateDir, { recursive: true, force: true });
  }
}
