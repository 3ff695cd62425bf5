/**
 * Long notes against the real server's 512 KiB body limit, and against a proxy with a smaller one:
 * the tablet never sends a body the server must refuse, and a 413 it meets anyway makes it split the
 * bundle and send the parts, chained, instead of stopping.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '#app/db/database.ts';
import { getSyncStatus } from '#app/db/sync-status-repo.ts';
import { runSyncPass } from '#app/sync/sync-pass.ts';
import { MAX_CHANGES_PER_BUNDLE } from '#shared/bundle.ts';
import { allChanges, emptyTablet, longNoteEdits } from './sync-fixtures.ts';
import { SyncTestServer } from './sync-server.ts';

let server: SyncTestServer | undefined;
afterEach(() => server?.close());
beforeEach(emptyTablet);

const seqsUpTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

async function expectChainDelivered(s: SyncTestServer, changes: number): Promise<void> {
  expect(s.seqs()).toEqual(seqsUpTo(changes));
  const local = await db.bundles.orderBy('fromSeq').toArray();
  expect(local.map((b) => b.state)).toEqual(local.map(() => 'sent'));
  // Same seqs covered, each bundle chained to the one before: the server checked every prevHash.
  expect(s.bundles().map((b) => [b.fromSeq, b.toSeq])).toEqual(local.map((b) => [b.fromSeq, b.toSeq]));
  expect(new Set((await allChanges()).map((c) => c.state))).toEqual(new Set(['sent']));
  expect((await getSyncStatus()).problem).toBeNull();
}

describe('bundles and the body limit', () => {
  it(`${MAX_CHANGES_PER_BUNDLE} long note edits reach the server whole, in bundles it accepts`, async () => {
    server = new SyncTestServer();
    await server.enrollOrThrow();
    await longNoteEdits(MAX_CHANGES_PER_BUNDLE);

    expect(await runSyncPass({ fetchImpl: server.fetch, timeoutMs: 1_000 })).toEqual({ kind: 'done' });
    await expectChainDelivered(server, MAX_CHANGES_PER_BUNDLE);
  }, 60_000);

  it('a proxy with a smaller limit answers 413: the tablet splits and re-signs until every part passes', async () => {
    // 64 KiB: a third of what the tablet builds, so bundles are split more than once.
    server = new SyncTestServer({ maxBodyBytes: 64 * 1024 });
    await server.enrollOrThrow();
    await longNoteEdits(120);

    expect(await runSyncPass({ fetchImpl: server.fetch, timeoutMs: 1_000 })).toEqual({ kind: 'done' });
    await expectChainDelivered(server, 120);
    expect(server.bundles().length).toBeGreaterThan(2);
  }, 60_000);
});
