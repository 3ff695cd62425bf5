/**
 * A seeded random walk through what a venue does to a tablet and its server: the juror saves (also
 * while a pass is running), passes run, replies are lost after the server committed, a proxy answers
 * 500 or a portal its login page, requests hang past the timeout, the server restarts, is backed up,
 * and is restored from a backup. Then, with the network quiet, every change made on the tablet is on
 * the server exactly once, the server's sheets match the tablet's, and no pass ever stopped on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/database.ts';
import { listSheets } from '#app/db/sheets-repo.ts';
import { HEAD_CHECK_AFTER_MS } from '#app/sync/check-head.ts';
import { type PassResult, runSyncPass } from '#app/sync/sync-pass.ts';
import { allChanges, EVENT_ID, emptyTablet, scoreChanges } from './sync-fixtures.ts';
import { type Fault, SyncTestServer } from './sync-server.ts';

type Step =
  | { kind: 'save'; count: number }
  | { kind: 'pass' }
  | { kind: 'save-during-pass'; count: number }
  | { kind: 'fault'; fault: Fault }
  | { kind: 'restart' }
  | { kind: 'backup' }
  | { kind: 'restore' };

const faults: Fault[] = ['drop-after-commit', 'drop-after-commit', 'status-500', 'html-200', 'hang'];
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('save'), count: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'pass' }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('save-during-pass'), count: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('fault'), fault: fc.constantFrom(...faults) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'backup' }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restore' }) },
) as fc.Arbitrary<Step>;

async function walk(steps: Step[]): Promise<void> {
  await emptyTablet();
  const server = new SyncTestServer();
  const results: PassResult[] = [];
  const pass = () => runSyncPass({ fetchImpl: server.fetch, timeoutMs: 50 });
  try {
    await server.enrollOrThrow();
    let made = 0;
    let backup: string | undefined;
    for (const s of steps) {
      if (s.kind === 'save') {
        await scoreChanges(s.count, 'juri-1', made);
        made += s.count;
      } else if (s.kind === 'pass') {
        results.push(await pass());
      } else if (s.kind === 'save-during-pass') {
        const running = pass();
        await scoreChanges(s.count, 'juri-1', made);
        made += s.count;
        results.push(await running);
      } else if (s.kind === 'fault') {
        server.failNext(s.fault);
      } else if (s.kind === 'restart') {
        server.restart();
      } else if (s.kind === 'backup') {
        backup = await server.backup();
      } else if (backup) {
        server.restore(backup);
      }
    }

    server.quiet();
    for (let i = 0; i < 5 && (await allChanges()).some((c) => c.state !== 'sent'); i++)
      results.push(await pass());
    // A restore may have taken what the tablet had delivered: once the server has been quiet for a
    // while, the tablet checks that it still holds the chain's head.
    const later = new Date(Date.now() + HEAD_CHECK_AFTER_MS);
    results.push(await runSyncPass({ fetchImpl: server.fetch, timeoutMs: 50, now: () => later }));

    expect(results.filter((r) => r.kind === 'stopped')).toEqual([]);
    expect(server.seqs()).toEqual(Array.from({ length: made }, (_, i) => i + 1));
    expect((await allChanges()).filter((c) => c.state !== 'sent')).toEqual([]);
    expect((await db.bundles.toArray()).filter((b) => b.state !== 'sent')).toEqual([]);
    const onServer = (await server.sheets()).map((s) => [s.teamId, s.scores]);
    const onTablet = (await listSheets(EVENT_ID, 'juri-1')).map((s) => [s.teamId, s.scores]);
    expect(onServer).toEqual(onTablet.sort(([a], [b]) => String(a).localeCompare(String(b))));
  } finally {
    server.close();
  }
}

describe('the tablet and the server through a random venue', () => {
  it('every change reaches the server exactly once, and the tablet never stops on its own', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 28 }), walk), {
      seed: 20_210_316,
      numRuns: 30,
    });
  }, 240_000);
});
