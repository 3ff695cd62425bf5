/**
 * The first seq a credential uploads is promised to the server before its answer comes back. A
 * practice score saved in another tab meanwhile must not take it, and once enrolled no other juror's
 * change can enter the log: either would hold every later score back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCredential } from '#app/db/credential-repo.ts';
import { ChangeRejectedError } from '#app/db/errors.ts';
import { saveEventPackage } from '#app/db/events-repo.ts';
import { saveScore } from '#app/db/sheets-repo.ts';
import { ENROLL_PATH, enrollWithCode } from '#app/sync/enroll.ts';
import { runSyncPass } from '#app/sync/sync-pass.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { emptyTablet, scoreChanges } from './sync-fixtures.ts';
import { SyncTestServer } from './sync-server.ts';

let server: SyncTestServer;
const PRACTICE = 'kipp-malang-2021-latihan';
const practiceScore = (value: number) =>
  saveScore({ eventId: PRACTICE, jurorId: 'juri-2', teamId: 'dispendukcapil' }, 'kebaruan', value);
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => 'saved',
    (error: unknown) => (error instanceof ChangeRejectedError ? error.reason.code : String(error)),
  );

beforeEach(async () => {
  await emptyTablet();
  const pkg = makeSmallEvent();
  await saveEventPackage({ ...pkg, event: { ...pkg.event, id: PRACTICE } }, 'demo');
  server = new SyncTestServer();
});
afterEach(() => server.close());

describe('the first seq of a new credential', () => {
  it('cannot be taken by a practice score saved in another tab while the code is redeemed', async () => {
    await practiceScore(5);
    let practiceTab: Promise<string> = Promise.resolve('not tried');
    const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
      // The other tab's tap lands while the enrollment request is on its way.
      if (input === ENROLL_PATH) practiceTab = refusal(practiceScore(8));
      await practiceTab;
      return server.fetch(input, init);
    };

    expect(await enrollWithCode(await server.issueCode(), { fetchImpl })).toMatchObject({ ok: true });
    expect(await practiceTab).toBe('tablet_enrolling');
    expect((await getCredential())?.expectedSeq).toBe(2);

    await scoreChanges(2);
    expect(await runSyncPass({ fetchImpl: server.fetch })).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([2, 3]);
  });

  it("once enrolled, a practice tab left open cannot put its scores into the juror's run", async () => {
    await server.enrollOrThrow('juri-1');
    await scoreChanges(1);
    expect(await refusal(practiceScore(6))).toBe('other_juror');
    await scoreChanges(1, 'juri-1', 1);

    expect(await runSyncPass({ fetchImpl: server.fetch })).toEqual({ kind: 'done' });
    expect(server.seqs()).toEqual([1, 2]);
  });

  it('takes changes again once an enrollment that failed has ended', async () => {
    const fetchImpl = async () =>
      new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } });
    expect(await enrollWithCode('ABCDEFGH', { fetchImpl })).toMatchObject({ ok: false, failure: 'offline' });
    expect(await refusal(practiceScore(7))).toBe('saved');
  });
});
