/**
 * The server restored from a backup expects a LOWER seq than the tablet has sent: the tablet sends
 * again, byte for byte, the bundles the server lost, and goes on. It can, because it keeps every
 * bundle after delivery.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '#app/db/database.ts';
import { getSyncStatus } from '#app/db/sync-status-repo.ts';
import { HEAD_CHECK_AFTER_MS } from '#app/sync/check-head.ts';
import { runSyncPass } from '#app/sync/sync-pass.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { emptyTablet, scoreChanges } from './sync-fixtures.ts';
import { SyncTestServer } from './sync-server.ts';

let server: SyncTestServer;
const pass = () => runSyncPass({ fetchImpl: server.fetch, timeoutMs: 200 });
const localBundles = () => db.bundles.orderBy('fromSeq').toArray();

beforeEach(async () => {
  await emptyTablet();
  server = new SyncTestServer();
});
afterEach(() => server.close());

describe('a server restored from a backup', () => {
  it('gets the bundles it lost again, unchanged, and ends up holding every change once', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    expect(await pass()).toEqual({ kind: 'done' });
    const backup = await server.backup();
    await scoreChanges(3, 'juri-1', 2);
    expect(await pass()).toEqual({ kind: 'done' });
    await scoreChanges(1, 'juri-1', 5);
    server.failNext('status-500');
    expect(await pass()).toEqual({ kind: 'retry' });

    server.restore(backup);
    expect(server.seqs()).toEqual([1, 2]);
    expect(await pass()).toEqual({ kind: 'done' });

    expect(server.seqs()).toEqual([1, 2, 3, 4, 5, 6]);
    const local = await localBundles();
    expect(server.bundles().map((b) => b.body)).toEqual(local.map((b) => canonicalJson(b.bundle)));
    expect(local.map((b) => b.state)).toEqual(['sent', 'sent', 'sent']);
    expect((await getSyncStatus()).problem).toBeNull();
    const sheets = await server.sheets();
    expect(sheets.flatMap((s) => Object.values(s.scores))).toHaveLength(6);
  });

  it('heals a restore that lost a bundle whose reply never reached the tablet', async () => {
    await server.enrollOrThrow();
    await scoreChanges(1);
    expect(await pass()).toEqual({ kind: 'done' });
    const backup = await server.backup();
    await scoreChanges(2, 'juri-1', 1);
    server.failNext('drop-after-commit');
    expect(await pass()).toEqual({ kind: 'retry' });
    server.restore(backup);
    await scoreChanges(1, 'juri-1', 3);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([1, 2, 3, 4]);
  });

  it('gets back what it lost even when the tablet has nothing new to send, once it has been quiet a while', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    expect(await pass()).toEqual({ kind: 'done' });
    const backup = await server.backup();
    // The juror's last scores of the event.
    await scoreChanges(2, 'juri-1', 2);
    expect(await pass()).toEqual({ kind: 'done' });

    server.restore(backup);
    expect(await pass()).toEqual({ kind: 'idle' });
    const later = new Date(Date.now() + HEAD_CHECK_AFTER_MS);
    expect(await runSyncPass({ fetchImpl: server.fetch, now: () => later })).toEqual({ kind: 'done' });

    expect(server.seqs()).toEqual([1, 2, 3, 4]);
    expect(server.bundles().map((b) => b.body)).toEqual(
      (await localBundles()).map((b) => canonicalJson(b.bundle)),
    );
    // Checked again a while later: the server holds it all, nothing is sent twice.
    const requests = server.bundleRequests;
    const muchLater = new Date(later.getTime() + HEAD_CHECK_AFTER_MS);
    expect(await runSyncPass({ fetchImpl: server.fetch, now: () => muchLater })).toEqual({ kind: 'idle' });
    expect(server.bundleRequests).toBe(requests + 1);
    expect(server.seqs()).toEqual([1, 2, 3, 4]);
  });

  it('reports a gap it cannot heal with the seq the server expects, keeping the bundle', async () => {
    await server.enrollOrThrow();
    await scoreChanges(1);
    expect(await pass()).toEqual({ kind: 'done' });
    const backup = await server.backup();
    await scoreChanges(1, 'juri-1', 1);
    expect(await pass()).toEqual({ kind: 'done' });
    await scoreChanges(1, 'juri-1', 2);
    server.failNext('status-500');
    expect(await pass()).toEqual({ kind: 'retry' });
    server.restore(backup);
    // The tablet lost seq 2 as well (its storage copied back from an older state by hand): nothing to resend.
    await db.bundles.delete((await localBundles())[1]?.bundleId ?? '');
    await db.changes.delete(2);

    expect(await pass()).toEqual({ kind: 'stopped' });
    expect((await getSyncStatus()).problem).toMatchObject({ code: 'sequence_gap', expectedSeq: 2 });
    expect((await localBundles()).map((b) => [b.fromSeq, b.state])).toEqual([
      [1, 'sent'],
      [3, 'pending'],
    ]);
    expect(server.seqs()).toEqual([1]);
  });
});
