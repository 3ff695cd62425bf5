import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '#app/db/database.ts';
import { getSyncStatus } from '#app/db/sync-status-repo.ts';
import { type PassOptions, runSyncPass } from '#app/sync/sync-pass.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { FakeSyncServer, type Fault } from './sync-fake-server.ts';
import { allChanges, emptyTablet, enrollLocally, scoreChanges } from './sync-fixtures.ts';

let server: FakeSyncServer;
const pass = (extra: PassOptions = {}) => runSyncPass({ fetchImpl: server.fetch, timeoutMs: 200, ...extra });
const bundleStates = async () => (await db.bundles.orderBy('fromSeq').toArray()).map((b) => b.state);
const changeStates = async () => (await allChanges()).map((c) => c.state);

beforeEach(async () => {
  await emptyTablet();
  server = new FakeSyncServer();
});

describe('uploading bundles', () => {
  it('marks the bundle and its changes sent on a valid receipt, and remembers when', async () => {
    await enrollLocally(server);
    await scoreChanges(4);

    expect(await pass()).toEqual({ kind: 'done' });

    expect(server.seqs()).toEqual([1, 2, 3, 4]);
    const [row] = await db.bundles.toArray();
    expect(row?.state).toBe('sent');
    expect(row?.receipt).toEqual(server.accepted[0]?.receipt);
    expect(await changeStates()).toEqual(['sent', 'sent', 'sent', 'sent']);
    const status = await getSyncStatus();
    expect(status.problem).toBeNull();
    expect(status.lastSuccessAt).not.toBeNull();
  });

  it('posts each bundle as its canonical JSON: the very bytes its hash is over, which the server stores', async () => {
    await enrollLocally(server);
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
    await enrollLocally(server, 'juri-1', 3);
    expect(await pass()).toEqual({ kind: 'idle' });
    expect(server.bundleRequests).toBe(0);
  });

  it('uploads several pending bundles strictly in seq order', async () => {
    await enrollLocally(server);
    await scoreChanges(2);
    server.failNext('status-500');
    await pass();
    await scoreChanges(3, 'juri-1', 2);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.accepted.map((s) => [s.bundle.fromSeq, s.bundle.toSeq])).toEqual([
      [1, 2],
      [3, 5],
    ]);
  });

  it.each<[Fault, string]>([
    ['html-200', 'not_json'],
    ['status-500', 'server_error'],
    ['hang', 'timeout'],
  ])('keeps the bundle pending after %s and delivers it on the next pass', async (fault, problem) => {
    await enrollLocally(server);
    await scoreChanges(3);
    server.failNext(fault);

    expect(await pass()).toEqual({ kind: 'retry' });
    expect(await bundleStates()).toEqual(['pending']);
    expect(await changeStates()).toEqual(['bundled', 'bundled', 'bundled']);
    expect((await getSyncStatus()).problem?.code).toBe(problem);
    expect((await db.bundles.toArray())[0]?.attempts).toBe(1);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(await bundleStates()).toEqual(['sent']);
    expect(server.seqs()).toEqual([1, 2, 3]);
    expect((await getSyncStatus()).problem).toBeNull();
  });

  it('resends a bundle whose reply was lost after the server committed it, and takes the original receipt once', async () => {
    await enrollLocally(server);
    await scoreChanges(3);
    server.failNext('drop-after-commit');

    expect(await pass()).toEqual({ kind: 'retry' });
    expect(server.accepted).toHaveLength(1);
    expect(await bundleStates()).toEqual(['pending']);
    const sentBytes = JSON.stringify((await db.bundles.toArray())[0]?.bundle);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.bundleRequests).toBe(2);
    expect(server.accepted).toHaveLength(1);
    expect(server.seqs()).toEqual([1, 2, 3]);
    const [row] = await db.bundles.toArray();
    expect(JSON.stringify(row?.bundle)).toBe(sentBytes);
    expect(row?.receipt).toEqual(server.accepted[0]?.receipt);
    expect(row?.attempts).toBe(2);
  });

  it('stops on a revoked credential, keeps everything and says so', async () => {
    await enrollLocally(server);
    await scoreChanges(2);
    server.failNext('revoked');

    expect(await pass()).toEqual({ kind: 'stopped' });
    expect(await bundleStates()).toEqual(['pending']);
    expect(await changeStates()).toEqual(['bundled', 'bundled']);
    expect((await getSyncStatus()).problem?.code).toBe('revoked');
  });

  it('reports a sequence gap with the seq the server expects, keeping the bundle', async () => {
    await enrollLocally(server, 'juri-1', 1);
    await scoreChanges(1);
    await pass();
    await scoreChanges(1, 'juri-1', 1);
    server.failNext('sequence-gap');

    expect(await pass()).toEqual({ kind: 'stopped' });
    expect(await bundleStates()).toEqual(['sent', 'pending']);
    expect((await getSyncStatus()).problem).toMatchObject({ code: 'sequence_gap', expectedSeq: 1 });
  });

  it('does not take a receipt for another bundle as delivery', async () => {
    await enrollLocally(server);
    await scoreChanges(1);
    server.failNext('wrong-receipt');

    expect(await pass()).toEqual({ kind: 'stopped' });
    expect(await bundleStates()).toEqual(['pending']);
    expect((await getSyncStatus()).problem?.code).toBe('rejected');
  });

  it("waits as long as a 429's Retry-After asks", async () => {
    await enrollLocally(server);
    await scoreChanges(1);
    server.failNext('rate-limited');

    expect(await pass()).toEqual({ kind: 'retry', retryAfterMs: 7000 });
    expect(await bundleStates()).toEqual(['pending']);
  });

  it('reports a network failure as offline and keeps the outbox', async () => {
    await enrollLocally(server);
    await scoreChanges(2);
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });

    expect(await runSyncPass({ fetchImpl: offline })).toEqual({ kind: 'retry' });
    expect((await getSyncStatus()).problem?.code).toBe('offline');
    expect(await changeStates()).toEqual(['bundled', 'bundled']);
  });

  it("sends what it can, then halts in plain words at another juror's change inside the run", async () => {
    await enrollLocally(server);
    await scoreChanges(1);
    await scoreChanges(1, 'juri-2');
    await scoreChanges(1, 'juri-1', 1);

    expect(await pass()).toEqual({ kind: 'stopped' });
    expect(server.seqs()).toEqual([1]);
    const status = await getSyncStatus();
    expect(status.problem).toMatchObject({ code: 'foreign_change', detail: 'seq 3' });
    expect(status.lastSuccessAt).not.toBeNull();
    expect(await changeStates()).toEqual(['sent', 'unsent', 'unsent']);
  });

  it('through any mix of failures, every change reaches the server exactly once and nothing local is deleted', async () => {
    await enrollLocally(server);
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

describe('enrolling again (e.g. after a revoked credential)', () => {
  it('re-signs pending bundles the server never got with the new secret and delivers everything once', async () => {
    await enrollLocally(server);
    await scoreChanges(3);
    server.failNext('revoked');
    expect(await pass()).toEqual({ kind: 'stopped' });
    const before = (await db.bundles.toArray())[0];

    const again = server.reenroll();
    await enrollLocally(again, 'juri-1', again.expectedSeq);
    await scoreChanges(2, 'juri-1', 3);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([1, 2, 3, 4, 5]);
    const after = await db.bundles.orderBy('fromSeq').toArray();
    expect(after.map((b) => b.state)).toEqual(['sent', 'sent']);
    expect(after[0]?.bundleId).toBe(before?.bundleId);
    expect(after[0]?.bundle.changes).toEqual(before?.bundle.changes);
    expect(after[1]?.bundle.prevHash).toBe(after[0]?.hash);
  });

  it('keeps the original bytes of a bundle the server already committed, and collects its receipt', async () => {
    await enrollLocally(server);
    await scoreChanges(3);
    server.failNext('drop-after-commit');
    await pass();
    const original = JSON.stringify((await db.bundles.toArray())[0]?.bundle);

    const again = server.reenroll();
    await enrollLocally(again, 'juri-1', again.expectedSeq);
    await scoreChanges(1, 'juri-1', 3);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([1, 2, 3, 4]);
    const [first] = await db.bundles.orderBy('fromSeq').toArray();
    expect(JSON.stringify(first?.bundle)).toBe(original);
    expect(first?.receipt).toEqual(server.accepted[0]?.receipt);
  });

  it("a tablet handed to another juror chains from the server's head and keeps the first juror's unsent bundle", async () => {
    await enrollLocally(server);
    await scoreChanges(2);
    server.failNext('revoked');
    await pass();

    const handover = server.reenroll(3);
    await enrollLocally(handover, 'juri-2', handover.expectedSeq);
    await scoreChanges(2, 'juri-2');

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([3, 4]);
    const rows = await db.bundles.orderBy('fromSeq').toArray();
    expect(rows.map((b) => [b.bundle.jurorId, b.state])).toEqual([
      ['juri-1', 'pending'],
      ['juri-2', 'sent'],
    ]);
    expect(await db.changes.count()).toBe(4);
  });
});
