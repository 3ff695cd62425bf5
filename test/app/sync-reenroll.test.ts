/**
 * Enrolling a tablet again (after a revoked credential) and handing it to another juror, against the
 * real server: whatever the order of hand-overs, every juror's changes reach the server exactly once.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCredential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { enrollWithCode } from '#app/sync/enroll.ts';
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

describe('enrolling again (e.g. after a revoked credential)', () => {
  it('re-signs pending bundles the server never got with the new secret and delivers everything once', async () => {
    await server.enrollOrThrow();
    await scoreChanges(3);
    await server.revokeThisTablet();
    expect(await pass()).toEqual({ kind: 'stopped' });
    const [before] = await localBundles();

    await server.enrollOrThrow();
    await scoreChanges(2, 'juri-1', 3);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([1, 2, 3, 4, 5]);
    const after = await localBundles();
    expect(after.map((b) => b.state)).toEqual(['sent', 'sent']);
    expect(after[0]?.bundleId).toBe(before?.bundleId);
    expect(after[0]?.bundle.changes).toEqual(before?.bundle.changes);
    expect(after[1]?.bundle.prevHash).toBe(after[0]?.hash);
  });

  it('keeps the original bytes of a bundle the server already committed, and collects its receipt', async () => {
    await server.enrollOrThrow();
    await scoreChanges(3);
    server.failNext('drop-after-commit');
    await pass();
    const original = canonicalJson((await localBundles())[0]?.bundle);
    // Revoked, so the old credential cannot collect the receipt before the new code replaces it.
    await server.revokeThisTablet();

    await server.enrollOrThrow();
    expect((await getCredential())?.expectedSeq).toBe(4);
    await scoreChanges(1, 'juri-1', 3);

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([1, 2, 3, 4]);
    const [first] = await localBundles();
    expect(first?.state).toBe('sent');
    expect(canonicalJson(first?.bundle)).toBe(original);
    expect(first?.receipt).toEqual(JSON.parse(server.bundles()[0]?.receipt ?? 'null'));
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
    await scoreChanges(2, 'juri-1');
    await server.revokeThisTablet();
    expect(await pass()).toEqual({ kind: 'stopped' });

    await server.enrollOrThrow('juri-2');
    expect((await getCredential())?.expectedSeq).toBe(3);
    await scoreChanges(2, 'juri-2');

    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([3, 4]);
    const rows = await localBundles();
    expect(rows.map((b) => [b.bundle.jurorId, b.state])).toEqual([
      ['juri-1', 'stranded'],
      ['juri-2', 'sent'],
    ]);
    expect(await db.changes.count()).toBe(4);
    // Asked once; a later pass does not ask again for a bundle the server cannot take.
    const requests = server.bundleRequests;
    await scoreChanges(1, 'juri-2', 2);
    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.bundleRequests).toBe(requests + 1);
  });
});
