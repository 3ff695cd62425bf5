/**
 * Bundles arriving together share one SQLite transaction (group commit), each in its own savepoint.
 * Whatever the batching, every client must see exactly what sequential handling would have answered.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENESIS_HASH } from '#shared/bundle.ts';
import {
  count,
  createTestServer,
  enroll,
  JUROR,
  makeBundle,
  OTHER_JUROR,
  postBundle,
  readError,
  readReceipt,
  scoreChange,
  type TestServer,
  trapCommitsOf,
} from './helpers.ts';

let server: TestServer;
afterEach(() => {
  vi.restoreAllMocks();
  server.cleanup();
});

const TEAM = 'dispendukcapil';

/** Two enrolled tablets of different jurors, each with a signed first bundle (seq 1). */
async function twoTablets() {
  const a = await enroll(server.app, JUROR);
  const b = await enroll(server.app, OTHER_JUROR);
  const first = (device: typeof a, jurorId: string, value: number) =>
    makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, TEAM, 'kebaruan', value, jurorId)],
    });
  return { a, b, bundleA: await first(a, JUROR, 8), bundleB: await first(b, OTHER_JUROR, 6) };
}

function nextSeq(deviceId: string): number | undefined {
  return server.db
    .prepare<[string], { next_seq: number }>('SELECT next_seq FROM devices WHERE device_id = ?')
    .get(deviceId)?.next_seq;
}

describe('POST /api/bundles arriving together', () => {
  it('commits bundles of two devices and answers each with its own receipt', async () => {
    server = createTestServer();
    const { a, b, bundleA, bundleB } = await twoTablets();
    const [resA, resB] = await Promise.all([
      postBundle(server.app, a.device.token, bundleA),
      postBundle(server.app, b.device.token, bundleB),
    ]);
    expect([resA.status, resB.status]).toEqual([201, 201]);
    expect(await readReceipt(resA)).toMatchObject({
      bundleId: bundleA.bundleId,
      deviceId: a.device.deviceId,
    });
    expect(await readReceipt(resB)).toMatchObject({
      bundleId: bundleB.bundleId,
      deviceId: b.device.deviceId,
    });
    expect([count(server.db, 'bundles'), count(server.db, 'sheets')]).toEqual([2, 2]);
  });

  it('answers a bad bundle with its own error without touching the good one beside it', async () => {
    server = createTestServer();
    const { a, b, bundleA } = await twoTablets();
    const outOfScale = await makeBundle(b, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [
        scoreChange(1, TEAM, 'efektif', 6, OTHER_JUROR),
        scoreChange(2, TEAM, 'kebaruan', 99, OTHER_JUROR),
      ],
    });
    const [good, bad] = await Promise.all([
      postBundle(server.app, a.device.token, bundleA),
      postBundle(server.app, b.device.token, outOfScale),
    ]);
    expect(good.status).toBe(201);
    expect(bad.status).toBe(400);
    expect(await readError(bad)).toMatchObject({ code: 'invalid_change' });
    expect([count(server.db, 'bundles'), count(server.db, 'changes'), count(server.db, 'sheets')]).toEqual([
      1, 1, 1,
    ]);
    expect([nextSeq(a.device.deviceId), nextSeq(b.device.deviceId)]).toEqual([2, 1]);
  });

  it('stores the same bundle sent twice together once and answers both with the original receipt', async () => {
    server = createTestServer();
    const { a, bundleA } = await twoTablets();
    const [one, two] = await Promise.all([
      postBundle(server.app, a.device.token, bundleA),
      postBundle(server.app, a.device.token, bundleA),
    ]);
    expect([one.status, two.status]).toEqual([201, 200]);
    expect(await readReceipt(two)).toEqual(await readReceipt(one));
    expect([count(server.db, 'bundles'), count(server.db, 'changes')]).toEqual([1, 1]);
  });

  it("takes one device's bundles in arrival order: the next one is accepted, a gap is refused", async () => {
    server = createTestServer();
    const { a, bundleA } = await twoTablets();
    const first = await postBundle(server.app, a.device.token, bundleA);
    const hash = (await readReceipt(first)).hash;
    const second = await makeBundle(a, {
      fromSeq: 2,
      prevHash: hash,
      changes: [scoreChange(2, TEAM, 'efektif', 7)],
    });
    const gap = await makeBundle(a, {
      fromSeq: 4,
      prevHash: hash,
      changes: [scoreChange(4, TEAM, 'efektif', 5)],
    });
    const third = await makeBundle(a, {
      fromSeq: 3,
      prevHash: hash,
      bundleId: 'after-second',
      changes: [scoreChange(3, TEAM, 'bermanfaat', 9)],
    });
    const [ok, skipped, unchained] = await Promise.all([
      postBundle(server.app, a.device.token, second),
      postBundle(server.app, a.device.token, gap),
      postBundle(server.app, a.device.token, third),
    ]);
    expect(ok.status).toBe(201);
    // Seen after `second`, exactly as if they had come one by one.
    expect(await readError(skipped)).toMatchObject({ code: 'sequence_gap', expectedSeq: 3 });
    expect(unchained.status).toBe(422);
    expect(await readError(unchained)).toMatchObject({ code: 'broken_chain' });
    expect(nextSeq(a.device.deviceId)).toBe(3);
  });

  it('sends no receipt when the COMMIT fails, keeps nothing, and accepts the same bundles afterwards', async () => {
    server = createTestServer();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { a, b, bundleA, bundleB } = await twoTablets();
    const removeTrap = trapCommitsOf(server.db, 'bundles', 'bundle_id');
    const failed = await Promise.all([
      postBundle(server.app, a.device.token, bundleA),
      postBundle(server.app, b.device.token, bundleB),
    ]);
    expect(failed.map((r) => r.status)).toEqual([500, 500]);
    for (const res of failed) expect(await readError(res)).toMatchObject({ code: 'internal' });
    expect(logged).toHaveBeenCalled();
    expect([count(server.db, 'bundles'), count(server.db, 'changes'), count(server.db, 'sheets')]).toEqual([
      0, 0, 0,
    ]);
    expect([nextSeq(a.device.deviceId), nextSeq(b.device.deviceId)]).toEqual([1, 1]);

    removeTrap();
    const retried = await Promise.all([
      postBundle(server.app, a.device.token, bundleA),
      postBundle(server.app, b.device.token, bundleB),
    ]);
    expect(retried.map((r) => r.status)).toEqual([201, 201]);
  });
});
