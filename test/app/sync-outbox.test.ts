import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCredential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { startSession } from '#app/db/meta-repo.ts';
import { countUnconfirmedChanges } from '#app/db/outbox-count.ts';
import { buildNextBundle } from '#app/db/outbox-repo.ts';
import {
  bundleHash,
  GENESIS_HASH,
  MAX_CHANGES_PER_BUNDLE,
  ScoreBundleSchema,
  verifyBundleSignature,
} from '#shared/bundle.ts';
import { allChanges, EVENT_ID, emptyTablet, enrollLocally, scoreChanges } from './sync-fixtures.ts';

const credential = { token: 'tok', secret: 'a-device-secret' };

async function owner() {
  const c = await getCredential();
  if (!c) throw new Error('not enrolled');
  return c;
}

beforeEach(emptyTablet);

describe('building bundles from the change log', () => {
  it('bundles the unsent run, signs it with the device secret and marks those changes bundled', async () => {
    await enrollLocally(credential);
    await scoreChanges(3);

    const result = await buildNextBundle(await owner());
    if (result.kind !== 'built') throw new Error(`expected a bundle, got ${result.kind}`);
    const { bundle } = result.bundle;

    expect(v.is(ScoreBundleSchema, bundle)).toBe(true);
    expect([bundle.fromSeq, bundle.toSeq, bundle.prevHash]).toEqual([1, 3, GENESIS_HASH]);
    expect(bundle.changes.map((c) => c.seq)).toEqual([1, 2, 3]);
    expect(bundle.changes[0]).not.toHaveProperty('state');
    expect(await verifyBundleSignature(bundle, credential.secret)).toBe(true);
    expect(await verifyBundleSignature(bundle, 'another-secret')).toBe(false);
    expect(result.bundle.hash).toBe(await bundleHash(bundle));
    expect((await allChanges()).map((c) => [c.state, c.bundleId])).toEqual(
      Array(3).fill(['bundled', bundle.bundleId]),
    );
    expect((await buildNextBundle(await owner())).kind).toBe('nothing');
  });

  it('chains each bundle to the previous one and continues at the next seq', async () => {
    await enrollLocally(credential);
    await scoreChanges(2);
    const first = await buildNextBundle(await owner());
    await scoreChanges(4, 'juri-1', 2);
    const second = await buildNextBundle(await owner());
    if (first.kind !== 'built' || second.kind !== 'built') throw new Error('expected two bundles');

    expect([second.bundle.fromSeq, second.bundle.toSeq]).toEqual([3, 6]);
    expect(second.bundle.bundle.prevHash).toBe(first.bundle.hash);
    expect(second.bundle.bundleId).not.toBe(first.bundle.bundleId);
  });

  it('starts at the seq the server expects and leaves earlier practice scores on the tablet, unsent', async () => {
    await startSession(EVENT_ID, 'juri-2', 'demo');
    await scoreChanges(2, 'juri-2');
    await enrollLocally(credential, 'juri-1', 3);
    await scoreChanges(2);

    const result = await buildNextBundle(await owner());
    if (result.kind !== 'built') throw new Error('expected a bundle');
    expect([result.bundle.fromSeq, result.bundle.toSeq]).toEqual([3, 4]);
    expect((await allChanges()).map((c) => `${c.seq}:${c.jurorId}:${c.state}`)).toEqual([
      '1:juri-2:unsent',
      '2:juri-2:unsent',
      '3:juri-1:bundled',
      '4:juri-1:bundled',
    ]);
    expect(await countUnconfirmedChanges(await owner())).toBe(2);
  });

  it(`splits a long run into bundles of at most ${MAX_CHANGES_PER_BUNDLE} changes`, async () => {
    await enrollLocally(credential);
    const at = new Date().toISOString();
    const rows = Array.from({ length: MAX_CHANGES_PER_BUNDLE + 2 }, (_, i) => ({
      seq: i + 1,
      eventId: EVENT_ID,
      jurorId: 'juri-1',
      teamId: 'dispendukcapil',
      kind: 'comment' as const,
      criterionId: null,
      oldValue: String(i),
      newValue: String(i + 1),
      at,
      state: 'unsent' as const,
    }));
    await db.changes.bulkAdd(rows);

    const first = await buildNextBundle(await owner());
    const second = await buildNextBundle(await owner());
    if (first.kind !== 'built' || second.kind !== 'built') throw new Error('expected two bundles');
    expect([first.bundle.fromSeq, first.bundle.toSeq]).toEqual([1, MAX_CHANGES_PER_BUNDLE]);
    expect([second.bundle.fromSeq, second.bundle.toSeq]).toEqual([
      MAX_CHANGES_PER_BUNDLE + 1,
      MAX_CHANGES_PER_BUNDLE + 2,
    ]);
  });

  it("stops at another juror's change inside the run and says which seq is stuck", async () => {
    await enrollLocally(credential);
    await scoreChanges(1);
    await scoreChanges(1, 'juri-2');
    await scoreChanges(1, 'juri-1', 1);

    const first = await buildNextBundle(await owner());
    expect(first.kind === 'built' && [first.bundle.fromSeq, first.bundle.toSeq]).toEqual([1, 1]);
    expect(await buildNextBundle(await owner())).toEqual({ kind: 'blocked', seq: 3 });
    expect((await allChanges()).map((c) => c.state)).toEqual(['bundled', 'unsent', 'unsent']);
  });
});
