import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleHash, GENESIS_HASH } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import {
  count,
  createTestServer,
  enroll,
  makeBundle,
  materialisedSheets,
  OTHER_JUROR,
  postBundle,
  readError,
  readReceipt,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const TEAM = 'dispendukcapil';

/** An enrolled tablet whose first bundle (seq 1–2) has been accepted. */
async function tabletWithFirstBundle() {
  const device = await enroll(server.app);
  const first = await makeBundle(device, {
    fromSeq: 1,
    prevHash: GENESIS_HASH,
    changes: [scoreChange(1, TEAM, 'kebaruan', 8), scoreChange(2, TEAM, 'efektif', 7)],
  });
  const res = await postBundle(server.app, device.device.token, first);
  expect(res.status).toBe(201);
  // Every reply to a tablet tells it which package version is current.
  expect(res.headers.get('X-Juri-Package-Version')).toBe(String(server.pkg.event.packageVersion ?? 0));
  return { device, first, receipt: await readReceipt(res) };
}

describe('POST /api/bundles: accepting', () => {
  it('answers 201 with a receipt once committed, and materialises the sheet', async () => {
    server = createTestServer();
    const { device, first, receipt } = await tabletWithFirstBundle();
    expect(receipt).toEqual({
      bundleId: first.bundleId,
      deviceId: device.device.deviceId,
      fromSeq: 1,
      toSeq: 2,
      hash: await bundleHash(first),
      receivedAt: server.clock.now.toISOString(),
    });
    // A second connection only sees what was committed.
    const reader = new Database(server.file, { readonly: true });
    expect(reader.prepare('SELECT COUNT(*) FROM changes').pluck().get()).toBe(2);
    // Stored as its canonical JSON: the bytes the signature and the receipt's hash are over.
    const body = reader.prepare('SELECT body FROM bundles').pluck().get();
    expect(body).toBe(canonicalJson(first));
    expect(createHash('sha256').update(String(body)).digest('hex')).toBe(receipt.hash);
    reader.close();
    expect(await materialisedSheets(server.app)).toEqual([
      expect.objectContaining({
        jurorId: device.juror.id,
        teamId: TEAM,
        status: 'draft',
        scores: { kebaruan: 8, efektif: 7 },
        lastSeq: 2,
      }),
    ]);
  });

  it('chains the next bundle to the receipt hash', async () => {
    server = createTestServer();
    const { device, receipt } = await tabletWithFirstBundle();
    const second = await makeBundle(device, {
      fromSeq: 3,
      prevHash: receipt.hash,
      changes: [scoreChange(3, TEAM, 'kebaruan', 9)],
    });
    expect((await postBundle(server.app, device.device.token, second)).status).toBe(201);
    expect((await materialisedSheets(server.app))[0]?.scores).toEqual({ kebaruan: 9, efektif: 7 });
  });

  it('answers the same bundle again with the original receipt and stores one copy', async () => {
    server = createTestServer();
    const { device, first, receipt } = await tabletWithFirstBundle();
    server.clock.advance(60_000);
    const again = await postBundle(server.app, device.device.token, first);
    expect(again.status).toBe(200);
    expect(await readReceipt(again)).toEqual(receipt);
    expect(count(server.db, 'bundles')).toBe(1);
    expect(count(server.db, 'changes')).toBe(2);
  });

  it('keeps bundles and changes append-only', async () => {
    server = createTestServer();
    await tabletWithFirstBundle();
    expect(() => server.db.prepare('DELETE FROM bundles').run()).toThrow(/append-only/);
    expect(() => server.db.prepare("UPDATE changes SET reason = 'x'").run()).toThrow(/append-only/);
  });
});

describe('POST /api/bundles: conflicts and gaps', () => {
  it('answers the same bundleId with different content with 409 and leaves the original untouched', async () => {
    server = createTestServer();
    const { device, first } = await tabletWithFirstBundle();
    const altered = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      bundleId: first.bundleId,
      changes: [scoreChange(1, TEAM, 'kebaruan', 2), scoreChange(2, TEAM, 'efektif', 7)],
    });
    const res = await postBundle(server.app, device.device.token, altered);
    expect(res.status).toBe(409);
    expect(await readError(res)).toMatchObject({ code: 'bundle_conflict' });
    expect((await materialisedSheets(server.app))[0]?.scores).toEqual({ kebaruan: 8, efektif: 7 });
    expect(count(server.db, 'bundles')).toBe(1);
  });

  it('answers already accepted seqs under another bundleId with 409, even with identical changes', async () => {
    server = createTestServer();
    const { device, first } = await tabletWithFirstBundle();
    const copy = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      bundleId: 'another-bundle-id',
      changes: first.changes,
    });
    const res = await postBundle(server.app, device.device.token, copy);
    expect(res.status).toBe(409);
    expect(await readError(res)).toMatchObject({ code: 'bundle_conflict' });
    expect(count(server.db, 'changes')).toBe(2);
  });

  it('answers a sequence gap with 409 naming the expected seq', async () => {
    server = createTestServer();
    const { device, receipt } = await tabletWithFirstBundle();
    const skipped = await makeBundle(device, {
      fromSeq: 5,
      prevHash: receipt.hash,
      changes: [scoreChange(5, TEAM, 'kebaruan', 9)],
    });
    const res = await postBundle(server.app, device.device.token, skipped);
    expect(res.status).toBe(409);
    const error = await readError(res);
    expect(error).toMatchObject({ code: 'sequence_gap', expectedSeq: 3 });
    expect(error.message).toContain('seq 3');
    expect(count(server.db, 'changes')).toBe(2);
  });
});

describe('POST /api/bundles: concurrent uploads', () => {
  it('stores a bundle sent twice at once exactly once, answering both with the same receipt', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const bundle = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, TEAM, 'kebaruan', 8)],
    });
    const [a, b] = await Promise.all([
      postBundle(server.app, device.device.token, bundle),
      postBundle(server.app, device.device.token, bundle),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(await readReceipt(a)).toEqual(await readReceipt(b));
    expect(count(server.db, 'bundles')).toBe(1);
  });

  it('accepts only one of two different bundles racing for the same seqs', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const one = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      bundleId: 'race-one-01',
      changes: [scoreChange(1, TEAM, 'kebaruan', 8)],
    });
    const two = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      bundleId: 'race-two-02',
      changes: [scoreChange(1, TEAM, 'kebaruan', 3)],
    });
    const [a, b] = await Promise.all([
      postBundle(server.app, device.device.token, one),
      postBundle(server.app, device.device.token, two),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(count(server.db, 'changes')).toBe(1);
  });
});

describe('POST /api/bundles: trust', () => {
  it('refuses a bad signature with 422, logs it and stores nothing else', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const forged = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, TEAM, 'kebaruan', 10)],
      secret: 'not-the-secret',
    });
    const res = await postBundle(server.app, device.device.token, forged);
    expect(res.status).toBe(422);
    expect(await readError(res)).toMatchObject({ code: 'bad_signature' });
    expect(count(server.db, 'rejections')).toBe(1);
    expect([count(server.db, 'bundles'), count(server.db, 'changes'), count(server.db, 'sheets')]).toEqual([
      0, 0, 0,
    ]);
  });

  it('refuses a broken chain with 422 and logs it', async () => {
    server = createTestServer();
    const { device } = await tabletWithFirstBundle();
    const unlinked = await makeBundle(device, {
      fromSeq: 3,
      prevHash: 'a'.repeat(64),
      changes: [scoreChange(3, TEAM, 'kebaruan', 9)],
    });
    const res = await postBundle(server.app, device.device.token, unlinked);
    expect(res.status).toBe(422);
    expect(await readError(res)).toMatchObject({ code: 'broken_chain' });
    expect(count(server.db, 'rejections')).toBe(1);
    expect(count(server.db, 'bundles')).toBe(1);
  });

  it("answers one juror's credential carrying another juror's scores with 403", async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const theirs = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      jurorId: OTHER_JUROR,
      changes: [scoreChange(1, TEAM, 'kebaruan', 10, OTHER_JUROR)],
    });
    const res = await postBundle(server.app, device.device.token, theirs);
    expect(res.status).toBe(403);
    expect(await readError(res)).toMatchObject({ code: 'forbidden' });
    expect(count(server.db, 'changes')).toBe(0);
  });

  it('answers a bundle naming another device with 403', async () => {
    server = createTestServer();
    const mine = await enroll(server.app);
    const other = await enroll(server.app);
    const bundle = await makeBundle(other, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, TEAM, 'kebaruan', 10)],
    });
    const res = await postBundle(server.app, mine.device.token, bundle);
    expect(res.status).toBe(403);
  });
});

describe('POST /api/bundles: validation', () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const res = await postBundle(server.app, device.device.token, '{"bundleId": ');
    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({ code: 'invalid_json' });
  });

  it('answers a bundle missing a field with 400 naming the field', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const { prevHash: _dropped, ...bundle } = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, TEAM, 'kebaruan', 8)],
    });
    const res = await postBundle(server.app, device.device.token, bundle);
    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({
      code: 'invalid_bundle',
      message: expect.stringMatching(/^prevHash: /),
    });
  });

  it.each([
    ['out of scale', scoreChange(2, TEAM, 'efektif', 11), /seq 2.*out_of_scale/],
    ['unknown criterion', scoreChange(2, TEAM, 'keindahan', 5), /seq 2.*unknown_criterion/],
    ['unknown team', scoreChange(2, 'tim-hantu', 'efektif', 5), /seq 2.*unknown_team/],
  ])('answers a change %s with 400 naming the seq and stores nothing', async (_name, bad, message) => {
    server = createTestServer();
    const device = await enroll(server.app);
    const bundle = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, TEAM, 'kebaruan', 8), bad],
    });
    const res = await postBundle(server.app, device.device.token, bundle);
    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({
      code: 'invalid_change',
      message: expect.stringMatching(message),
    });
    expect([count(server.db, 'bundles'), count(server.db, 'sheets')]).toEqual([0, 0]);
  });
});
