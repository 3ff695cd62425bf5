/**
 * A juror taps while a sync pass plans the next bundle: the new change is the juror's own and must
 * simply wait for the next bundle — never be taken for something blocking the run, which used to stop
 * uploads for good with "foreign_change".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSyncStatus } from '#app/db/sync-status-repo.ts';
import { runSyncPass } from '#app/sync/sync-pass.ts';
import { allChanges, commitBetweenReads, emptyTablet, scoreChanges } from './sync-fixtures.ts';
import { SyncTestServer } from './sync-server.ts';

let server: SyncTestServer;
const pass = () => runSyncPass({ fetchImpl: server.fetch, timeoutMs: 200 });

beforeEach(async () => {
  await emptyTablet();
  server = new SyncTestServer();
});
afterEach(() => server.close());

describe('a tap during a sync pass', () => {
  it('committed between two reads of the planning step, it is sent by the next pass and stops nothing', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    expect(await pass()).toEqual({ kind: 'done' });

    const tap = commitBetweenReads(() => scoreChanges(1, 'juri-1', 2));
    const during = await pass();
    tap.mockRestore();

    expect(during.kind).not.toBe('stopped');
    expect((await getSyncStatus()).problem).toBeNull();
    expect((await allChanges()).map((c) => c.state)).toEqual(['sent', 'sent', 'unsent']);
    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([1, 2, 3]);
  });
});
