/**
 * Enrolling a tablet again (after the panitia revoked it) and handing it to another juror, against the
 * real server: whatever the order of hand-overs, every juror's changes reach the server exactly once. A
 * revoked device stays revoked, so the tablet enrolls again under a new device id; for the same juror it
 * continues the revoked chain, for another juror the first juror's undelivered changes stay on the tablet.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCredential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { readDeviceHistory } from '#app/db/device-identity.ts';
import { getDeviceId } from '#app/db/meta-repo.ts';
import { enrollWithCode } from '#app/sync/enroll.ts';
import { readSyncOverview } from '#app/sync/sync-overview.ts';
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

describe('enrolling again after the panitia revoked the tablet (same juror)', () => {
  it('takes a new device id, keeps the old one, and re-signs under it the bundles the server never got: every change once', async () => {
    await server.enrollOrThrow();
    const revokedId = await getDeviceId();
    await scoreChanges(3);
    await server.revokeThisTablet();
    expect(await pass()).toEqual({ kind: 'stopped' });
    const [before] = await localBundles();

    await server.enrollOrThrow();
    const newId = await getDeviceId();
    expect(newId).not.toBe(revokedId);
    expect((await readDeviceHistory()).map((d) => d.deviceId)).toEqual([revokedId]);
    expect(await getCredential()).toMatchObject({ deviceId: newId, expectedSeq: 1 });
    await scoreChanges(2, 'juri-1', 3);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.changesByDevice()).toEqual([1, 2, 3, 4, 5].map((seq) => ({ deviceId: newId, seq })));
    const after = await localBundles();
    expect(after.map((b) => [b.state, b.bundle.deviceId])).toEqual([
      ['sent', newId],
      ['sent', newId],
    ]);
    expect(after[0]?.bundleId).toBe(before?.bundleId);
    expect(after[0]?.bundle.changes).toEqual(before?.bundle.changes);
    expect(after[1]?.bundle.prevHash).toBe(after[0]?.hash);
    expect((await db.changes.toArray()).every((c) => c.state === 'sent')).toBe(true);
  });

  it('takes a bundle the server committed just before the revocation (its reply lost) as delivered, and never sends it twice', async () => {
    await server.enrollOrThrow();
    const revokedId = await getDeviceId();
    await scoreChanges(3);
    server.failNext('drop-after-commit');
    await pass();
    const original = canonicalJson((await localBundles())[0]?.bundle);
    // More changes the server never got, bundled under the old credential before the revocation stopped it.
    await scoreChanges(2, 'juri-1', 3);
    await server.revokeThisTablet();
    expect(await pass()).toEqual({ kind: 'stopped' });
    expect((await localBundles()).map((b) => b.state)).toEqual(['pending', 'pending']);

    await server.enrollOrThrow();
    const newId = await getDeviceId();
    expect((await getCredential())?.expectedSeq).toBe(4);
    await scoreChanges(1, 'juri-1', 5);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.changesByDevice()).toEqual([
      { deviceId: revokedId, seq: 1 },
      { deviceId: revokedId, seq: 2 },
      { deviceId: revokedId, seq: 3 },
      { deviceId: newId, seq: 4 },
      { deviceId: newId, seq: 5 },
      { deviceId: newId, seq: 6 },
    ]);
    const [first, second] = await localBundles();
    // The committed bundle keeps its bytes: it is the one the server holds.
    expect(canonicalJson(first?.bundle)).toBe(original);
    expect(server.bundles()[0]?.body).toBe(original);
    expect(first).toMatchObject({ state: 'sent', confirmedByHeadAt: expect.any(String) });
    expect(second?.bundle.deviceId).toBe(newId);
    expect((await readDeviceHistory())[0]?.finalHead).toMatchObject({ nextSeq: 4, check: 'matched' });
    expect((await readSyncOverview()).unconfirmed).toBe(0);
  });

  it('sends again under the new id what a server restored from a backup lost before the revocation', async () => {
    await server.enrollOrThrow();
    const revokedId = await getDeviceId();
    await scoreChanges(3);
    expect(await pass()).toEqual({ kind: 'done' });
    const backup = await server.backup();
    await scoreChanges(2, 'juri-1', 3);
    expect(await pass()).toEqual({ kind: 'done' });
    server.restore(backup);
    await server.revokeThisTablet();

    await server.enrollOrThrow();
    const newId = await getDeviceId();
    expect((await getCredential())?.expectedSeq).toBe(4);
    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.changesByDevice()).toEqual([
      { deviceId: revokedId, seq: 1 },
      { deviceId: revokedId, seq: 2 },
      { deviceId: revokedId, seq: 3 },
      { deviceId: newId, seq: 4 },
      { deviceId: newId, seq: 5 },
    ]);
    expect((await localBundles()).map((b) => [b.state, b.bundle.deviceId === newId])).toEqual([
      ['sent', false],
      ['sent', true],
    ]);
  });

  it('spends the code once even when the reply to the new id is lost: the same code again gets the same enrollment', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    await server.revokeThisTablet();
    const code = await server.issueCode('juri-1');
    let enrollReplies = 0;
    const losingSecondReply: typeof fetch = async (input, init) => {
      const response = await server.fetch(input, init);
      if (String(input) === '/api/enroll' && ++enrollReplies === 2) throw new TypeError('Failed to fetch');
      return response;
    };

    const lost = await enrollWithCode(code, { fetchImpl: losingSecondReply, timeoutMs: 200 });
    expect(lost).toMatchObject({ ok: false, failure: 'offline' });
    const newId = await getDeviceId();
    const again = await enrollWithCode(code, { fetchImpl: server.fetch, timeoutMs: 200 });
    expect(again).toMatchObject({ ok: true });
    expect(await getDeviceId()).toBe(newId);
    expect(await readDeviceHistory()).toHaveLength(1);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.changesByDevice()).toEqual([1, 2].map((seq) => ({ deviceId: newId, seq })));
  });

  it('keeps everything and says so when its bundles do not match the revoked device’s final head', async () => {
    await server.enrollOrThrow();
    const revokedId = await getDeviceId();
    await scoreChanges(3);
    server.failNext('drop-after-commit');
    await pass();
    await server.revokeThisTablet();
    // The tablet's record of that bundle no longer agrees with what the server committed.
    const [row] = await localBundles();
    await db.bundles.update(row?.bundleId ?? '', { hash: 'f'.repeat(64) });

    await server.enrollOrThrow();
    await scoreChanges(1, 'juri-1', 3);
    await pass();

    const history = await readDeviceHistory();
    expect(history[0]?.finalHead).toMatchObject({ nextSeq: 4, check: 'mismatch' });
    const rows = await localBundles();
    expect(rows[0]).toMatchObject({ bundleId: row?.bundleId, state: 'stranded' });
    expect(rows[0]?.confirmedByHeadAt).toBeUndefined();
    expect(await db.changes.count()).toBe(4);
    // Nothing doubled: the server has the first three once, under the revoked id, and the new one.
    expect(server.changesByDevice().map((c) => [c.deviceId === revokedId ? 'old' : 'new', c.seq])).toEqual([
      ['old', 1],
      ['old', 2],
      ['old', 3],
      ['new', 4],
    ]);
  });
});

describe('a tablet handed from juror to juror', () => {
  it("A → B → A: every juror's changes reach the server, once, in any hand-over order", async () => {
    await server.enrollOrThrow('juri-1');
    await scoreChanges(2, 'juri-1');
    expect(await pass()).toEqual({ kind: 'done' });
    // A's next bundle never reaches the server before the tablet changes hands.
    await scoreChanges(1, 'juri-1', 2);
    server.failNext('status-500');
    expect(await pass()).toEqual({ kind: 'retry' });

    await server.enrollOrThrow('juri-2');
    await scoreChanges(2, 'juri-2');
    expect(await pass()).toEqual({ kind: 'done' });

    await server.enrollOrThrow('juri-1');
    await scoreChanges(2, 'juri-1', 3);
    expect(await pass()).toEqual({ kind: 'done' });

    expect(server.seqs('juri-1')).toEqual([1, 2, 3, 6, 7]);
    expect(server.seqs('juri-2')).toEqual([4, 5]);
    expect(new Set((await localBundles()).map((b) => b.state))).toEqual(new Set(['sent']));
    expect((await db.changes.toArray()).every((c) => c.state === 'sent')).toBe(true);
    const sheets = await server.sheets();
    expect(sheets.map((s) => [s.jurorId, s.teamId])).toEqual([
      ['juri-1', 'dispendukcapil'],
      ['juri-1', 'puskesmas-dinoyo'],
      ['juri-1', 'smpn-5-malang'],
      ['juri-2', 'dispendukcapil'],
      ['juri-2', 'puskesmas-dinoyo'],
    ]);
  });

  it('refuses the hand-over, without spending the code, while the previous juror’s changes cannot be sent', async () => {
    await server.enrollOrThrow('juri-1');
    await scoreChanges(2, 'juri-1');
    server.failNext('status-500');
    const code = await server.issueCode('juri-2');

    const refused = await enrollWithCode(code, { fetchImpl: server.fetch, timeoutMs: 200 });
    expect(refused).toMatchObject({ ok: false, failure: 'previous_unsent' });
    expect((await getCredential())?.jurorId).toBe('juri-1');

    const accepted = await enrollWithCode(code, { fetchImpl: server.fetch, timeoutMs: 200 });
    expect(accepted).toMatchObject({ ok: true });
    expect(server.seqs('juri-1')).toEqual([1, 2]);
    expect((await getCredential())?.jurorId).toBe('juri-2');
  });

  it("a tablet handed on after its credential was revoked keeps the first juror's undeliverable bundle, and it never blocks the next juror", async () => {
    await server.enrollOrThrow('juri-1');
    const revokedId = await getDeviceId();
    await scoreChanges(2, 'juri-1');
    await server.revokeThisTablet();
    expect(await pass()).toEqual({ kind: 'stopped' });

    await server.enrollOrThrow('juri-2');
    const newId = await getDeviceId();
    expect(newId).not.toBe(revokedId);
    expect(await getCredential()).toMatchObject({ deviceId: newId, jurorId: 'juri-2', expectedSeq: 3 });
    // Another juror's code: the server says nothing about the revoked device, and nothing is taken as sent.
    const [retired] = await readDeviceHistory();
    expect(retired?.deviceId).toBe(revokedId);
    expect(retired?.finalHead).toBeUndefined();
    await scoreChanges(2, 'juri-2');

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.changesByDevice()).toEqual([3, 4].map((seq) => ({ deviceId: newId, seq })));
    const rows = await localBundles();
    expect(rows.map((b) => [b.bundle.jurorId, b.bundle.deviceId, b.state])).toEqual([
      ['juri-1', revokedId, 'stranded'],
      ['juri-2', newId, 'sent'],
    ]);
    expect(await db.changes.count()).toBe(4);
    expect(await readSyncOverview()).toMatchObject({
      jurorName: expect.any(String),
      unconfirmed: 0,
      stranded: 2,
    });
    // Asked once; a later pass does not ask again for a bundle the server cannot take.
    const requests = server.bundleRequests;
    await scoreChanges(1, 'juri-2', 2);
    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.bundleRequests).toBe(requests + 1);
  });
});
