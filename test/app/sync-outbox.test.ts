import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundleBytes, MAX_BUNDLE_BYTES } from '#app/db/bundle-size.ts';
import { getCredential } from '#app/db/credential-repo.ts';
import { type BundleRow, db } from '#app/db/database.ts';
import { startSession } from '#app/db/meta-repo.ts';
import { countUnconfirmedChanges } from '#app/db/outbox-count.ts';
import { buildNextBundle } from '#app/db/outbox-repo.ts';
import { MAX_BODY_BYTES } from '#shared/api.ts';
import { bundleHash, GENESIS_HASH, MAX_CHANGES_PER_BUNDLE, verifyBundleSignature } from '#shared/bundle.ts';
import { ScoreBundleSchema } from '#shared/bundle-schema.ts';
import {
  allChanges,
  commitBetweenReads,
  EVENT_ID,
  emptyTablet,
  enrollLocally,
  longNoteEdits,
  scoreChanges,
  writeForeignChange,
} from './sync-fixtures.ts';

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

  it("stops at another juror's change inside the run and names it", async () => {
    await enrollLocally(credential);
    await scoreChanges(1);
    await writeForeignChange(2, 'juri-2');
    await scoreChanges(1, 'juri-1', 1);

    const first = await buildNextBundle(await owner());
    expect(first.kind === 'built' && [first.bundle.fromSeq, first.bundle.toSeq]).toEqual([1, 1]);
    expect(await buildNextBundle(await owner())).toEqual({
      kind: 'blocked',
      seq: 2,
      jurorId: 'juri-2',
      eventId: EVENT_ID,
    });
    expect((await allChanges()).map((c) => c.state)).toEqual(['bundled', 'unsent', 'unsent']);
  });

  it("a score the juror saves while the next bundle is planned is the juror's own new change, never a blocker", async () => {
    await enrollLocally(credential);
    await scoreChanges(1);
    expect((await buildNextBundle(await owner())).kind).toBe('built');

    // The tap commits right after the planner's first read, before anything else it reads.
    const saveAfterFirstRead = commitBetweenReads(() => scoreChanges(1, 'juri-1', 1));
    const result = await buildNextBundle(await owner());
    saveAfterFirstRead.mockRestore();

    expect(result).toEqual({ kind: 'nothing' });
    const next = await buildNextBundle(await owner());
    expect(next.kind === 'built' && [next.bundle.fromSeq, next.bundle.toSeq]).toEqual([2, 2]);
  });
});

describe('the size of a bundle', () => {
  it(`stays under the server's body limit however long the notes, as well as under ${MAX_CHANGES_PER_BUNDLE} changes`, async () => {
    await enrollLocally(credential);
    await longNoteEdits(MAX_CHANGES_PER_BUNDLE);

    const built: BundleRow[] = [];
    for (let result = await buildNextBundle(await owner()); result.kind === 'built'; ) {
      built.push(result.bundle);
      result = await buildNextBundle(await owner());
    }

    expect(built.length).toBeGreaterThan(1);
    for (const row of built) {
      expect(bundleBytes(row.bundle)).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
      expect(v.is(ScoreBundleSchema, row.bundle)).toBe(true);
    }
    expect(MAX_BUNDLE_BYTES).toBeLessThan(MAX_BODY_BYTES);
    for (const [i, row] of built.entries()) {
      expect(row.fromSeq).toBe(i === 0 ? 1 : (built[i - 1]?.toSeq ?? 0) + 1);
      if (i > 0) expect(row.bundle.prevHash).toBe(built[i - 1]?.hash);
    }
    expect(built.at(-1)?.toSeq).toBe(MAX_CHANGES_PER_BUNDLE);
  }, 60_000);
});
