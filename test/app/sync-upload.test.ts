/**
 * The tablet's upload against the real server (createApp on a temporary SQLite file), through what
 * venues do to requests: 500s, portal pages, hangs, lost replies, a revoked credential, rate limits.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '#app/db/database.ts';
import { getSyncStatus } from '#app/db/sync-status-repo.ts';
import { type PassOptions, runSyncPass } from '#app/sync/sync-pass.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { allChanges, emptyTablet, scoreChanges, writeForeignChange } from './sync-fixtures.ts';
import { type Fault, SyncTestServer } from './sync-server.ts';

let server: SyncTestServer;
const pass = (extra: PassOptions = {}) => runSyncPass({ fetchImpl: server.fetch, timeoutMs: 200, ...extra });
const bundleStates = async () => (await db.bundles.orderBy('fromSeq').toArray()).map((b) => b.state);
const changeStates = async () => (await allChanges()).map((c) => c.state);
const storedReceipt = (i = 0) => JSON.parse(server.bundles()[i]?.receipt ?? 'null');

beforeEach(async () => {
  await emptyTablet();
  server = new SyncTestServer();
});
afterEach(() => server.close());

describe('uploading bundles', () => {
  it('marks the bundle and its changes sent on a valid receipt, and remembers when', async () => {
    await server.enrollOrThrow();
    await scoreChanges(4);

    expect(await pass()).toEqual({ kind: 'done' });

    expect(server.seqs()).toEqual([1, 2, 3, 4]);
    const [row] = await db.bundles.toArray();
    expect(row?.state).toBe('sent');
    expect(row?.receipt).toEqual(storedReceipt());
    expect(server.bundles()[0]?.body).toBe(canonicalJson(row?.bundle));
    expect(await changeStates()).toEqual(['sent', 'sent', 'sent', 'sent']);
    const status = await getSyncStatus();
    expect(status.problem).toBeNull();
    expect(status.lastSuccessAt).not.toBeNull();
  });

  it('posts each bundle as its canonical JSON: the very bytes its hash is over, which the server stores', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    const bodies: string[] = [];
    const recording: typeof fetch = (input, init) => {
      bodies.push(String(init?.body));
      return server.fetch(input, init);
    };
    expect(await pass({ fetchImpl: recording })).toEqual({ kind: 'done' });
    const [row] = await db.bundles.toArray();
    expect(bodies).toEqual([canonicalJson(row?.bundle)]);
    expect(
      createHash('sha256')
        .update(bodies[0] ?? '')
        .digest('hex'),
    ).toBe(row?.hash);
  });

  it('makes no request when not enrolled or when nothing is waiting', async () => {
    await scoreChanges(2);
    expect(await pass()).toEqual({ kind: 'idle' });
    await server.enrollOrThrow();
    expect(await pass()).toEqual({ kind: 'idle' });
    expect(server.bundleRequests).toBe(0);
  });

  it('uploads several pending bundles strictly in seq order', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    server.failNext('status-500');
    await pass();
    await scoreChanges(3, 'juri-1', 2);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.bundles().map((b) => [b.fromSeq, b.toSeq])).toEqual([
      [1, 2],
      [3, 5],
    ]);
  });

  it.each<[Fault, string]>([
    ['html-200', 'not_json'],
    ['status-500', 'server_error'],
    ['hang', 'timeout'],
  ])('keeps the bundle pending after %s and delivers it on the next pass', async (fault, problem) => {
    await server.enrollOrThrow();
    await scoreChanges(3);
    server.failNext(fault);

    expect(await pass()).toEqual({ kind: 'retry' });
    expect(await bundleStates()).toEqual(['pending']);
    expect(await changeStates()).toEqual(['bundled', 'bundled', 'bundled']);
    expect((await getSyncStatus()).problem?.code).toBe(problem);
    expect((await db.bundles.toArray())[0]?.attempts).toBe(1);
    expect(server.seqs()).toEqual([]);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(await bundleStates()).toEqual(['sent']);
    expect(server.seqs()).toEqual([1, 2, 3]);
    expect((await getSyncStatus()).problem).toBeNull();
  });

  it('resends a bundle whose reply was lost after the server committed it, and takes the original receipt once', async () => {
    await server.enrollOrThrow();
    await scoreChanges(3);
    server.failNext('drop-after-commit');

    expect(await pass()).toEqual({ kind: 'retry' });
    expect(server.bundles()).toHaveLength(1);
    expect(await bundleStates()).toEqual(['pending']);
    const sentBytes = canonicalJson((await db.bundles.toArray())[0]?.bundle);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.bundleRequests).toBe(2);
    expect(server.bundles()).toHaveLength(1);
    expect(server.seqs()).toEqual([1, 2, 3]);
    const [row] = await db.bundles.toArray();
    expect(canonicalJson(row?.bundle)).toBe(sentBytes);
    expect(server.bundles()[0]?.body).toBe(sentBytes);
    expect(row?.receipt).toEqual(storedReceipt());
    expect(row?.attempts).toBe(2);
  });

  it('delivers after the server restarts on the same file, and never twice', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    server.failNext('drop-after-commit');
    await pass();
    server.restart();
    await scoreChanges(2, 'juri-1', 2);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([1, 2, 3, 4]);
    expect(new Set(await bundleStates())).toEqual(new Set(['sent']));
  });

  it('stops on a revoked credential, keeps everything and says so', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    await server.revokeThisTablet();

    expect(await pass()).toEqual({ kind: 'stopped' });
    expect(await bundleStates()).toEqual(['pending']);
    expect(await changeStates()).toEqual(['bundled', 'bundled']);
    expect((await getSyncStatus()).problem?.code).toBe('revoked');
    expect(server.seqs()).toEqual([]);
  });

  it('does not take a receipt for another bundle as delivery', async () => {
    await server.enrollOrThrow();
    await scoreChanges(1);
    server.failNext('wrong-receipt');

    expect(await pass()).toEqual({ kind: 'stopped' });
    expect(await bundleStates()).toEqual(['pending']);
    expect((await getSyncStatus()).problem?.code).toBe('rejected');
  });

  it("waits as long as a 429's Retry-After asks", async () => {
    server.close();
    // One upload, then one every 7 s: the second pass meets the server's own rate limit.
    server = new SyncTestServer({ rateLimit: { ratePerSecond: 1 / 7, burst: 1 } });
    await server.enrollOrThrow();
    await scoreChanges(1);
    expect(await pass()).toEqual({ kind: 'done' });
    await scoreChanges(1, 'juri-1', 1);

    expect(await pass()).toEqual({ kind: 'retry', retryAfterMs: 7000 });
    expect(await bundleStates()).toEqual(['sent', 'pending']);
    expect((await getSyncStatus()).problem?.code).toBe('rate_limited');
  });

  it('reports a network failure as offline and keeps the outbox', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });

    expect(await runSyncPass({ fetchImpl: offline })).toEqual({ kind: 'retry' });
    expect((await getSyncStatus()).problem?.code).toBe('offline');
    expect(await changeStates()).toEqual(['bundled', 'bundled']);
  });

  it("sends what it can, then halts in plain words at another juror's change inside the run", async () => {
    await server.enrollOrThrow();
    await scoreChanges(1);
    // Written behind the repository's back, as an older app version could have: not this juror's.
    await writeForeignChange(2, 'juri-2');
    await scoreChanges(1, 'juri-1', 1);

    expect(await pass()).toEqual({ kind: 'stopped' });
    expect(server.seqs()).toEqual([1]);
    const status = await getSyncStatus();
    expect(status.problem).toMatchObject({
      code: 'foreign_change',
      detail: expect.stringContaining('seq 2'),
    });
    expect(status.lastSuccessAt).not.toBeNull();
    expect(await changeStates()).toEqual(['sent', 'unsent', 'unsent']);
  });

  it('through any mix of failures, every change reaches the server exactly once and nothing local is deleted', async () => {
    await server.enrollOrThrow();
    const faults: Fault[] = [
      'status-500',
      'drop-after-commit',
      'html-200',
      'hang',
      'drop-after-commit',
      'status-500',
    ];
    let made = 0;
    for (const fault of faults) {
      await scoreChanges(3, 'juri-1', made);
      made += 3;
      server.failNext(fault);
      await pass();
      expect(await db.changes.count()).toBe(made);
    }
    const bundlesBefore = await db.bundles.count();
    expect(await pass()).toEqual({ kind: 'done' });

    expect(await db.bundles.count()).toBe(bundlesBefore);
    expect(server.seqs()).toEqual(Array.from({ length: made }, (_, i) => i + 1));
    expect(new Set(await changeStates())).toEqual(new Set(['sent']));
    expect(new Set(await bundleStates())).toEqual(new Set(['sent']));
  });
});
