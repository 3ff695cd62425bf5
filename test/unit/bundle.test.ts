import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bundleHash,
  GENESIS_HASH,
  MAX_CHANGES_PER_BUNDLE,
  type ScoreBundle,
  signBundle,
  type UnsignedBundle,
  verifyBundleSignature,
} from '#shared/bundle.ts';
import { ScoreBundleSchema } from '#shared/bundle-schema.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { parseWith } from '#shared/validation.ts';
import { applyTamper, flipHex, tamperArb } from './bundle-tampers.ts';

const SECRET = 'rahasia-perangkat-juri-1';
const HEX64 = /^[0-9a-f]{64}$/;

function change(seq: number, overrides: Partial<ChangeEntry> = {}): ChangeEntry {
  return {
    seq,
    eventId: 'kipp-malang-2021',
    jurorId: 'juri-1',
    teamId: 'dispendukcapil',
    kind: 'score',
    criterionId: 'kebaruan',
    oldValue: seq === 1 ? null : seq - 1,
    newValue: seq,
    at: new Date(Date.UTC(2021, 2, 16, 1, 30 + seq)).toISOString(),
    ...overrides,
  };
}

function unsigned(overrides: Partial<UnsignedBundle> = {}): UnsignedBundle {
  return {
    version: 1,
    bundleId: 'bundle-0001-abcdef',
    deviceId: 'tablet-ruang-1-xyz',
    jurorId: 'juri-1',
    eventId: 'kipp-malang-2021',
    fromSeq: 1,
    toSeq: 3,
    prevHash: GENESIS_HASH,
    createdAt: '2021-03-16T01:40:00.000Z',
    changes: [
      change(1),
      change(2, { kind: 'note', newValue: 'Belum ada data', oldValue: null }),
      change(3, { kind: 'status', criterionId: null, oldValue: 'draft', newValue: 'final' }),
    ],
    ...overrides,
  };
}

describe('bundle signature', () => {
  it('verifies a bundle signed with the same secret', async () => {
    const signed = await signBundle(unsigned(), SECRET);
    expect(signed.signature).toMatch(HEX64);
    expect(await verifyBundleSignature(signed, SECRET)).toBe(true);
  });

  it('refuses a bundle signed with another secret', async () => {
    const signed = await signBundle(unsigned(), 'rahasia-perangkat-juri-2');
    expect(await verifyBundleSignature(signed, SECRET)).toBe(false);
  });

  it('does not depend on the order the bundle keys were stored in', async () => {
    const signed = await signBundle(
      unsigned({ changes: [change(1, { reason: 'salah tekan' }), change(2), change(3)] }),
      SECRET,
    );
    const {
      version,
      bundleId,
      deviceId,
      jurorId,
      eventId,
      fromSeq,
      toSeq,
      prevHash,
      createdAt,
      changes,
      signature,
    } = signed;
    const reversed: ScoreBundle = {
      signature,
      changes: changes.map((c) => ({
        ...(c.reason ? { reason: c.reason } : {}),
        at: c.at,
        newValue: c.newValue,
        oldValue: c.oldValue,
        criterionId: c.criterionId,
        kind: c.kind,
        teamId: c.teamId,
        jurorId: c.jurorId,
        eventId: c.eventId,
        seq: c.seq,
      })),
      createdAt,
      prevHash,
      toSeq,
      fromSeq,
      eventId,
      jurorId,
      deviceId,
      bundleId,
      version,
    };
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(signed));
    expect(await verifyBundleSignature(reversed, SECRET)).toBe(true);
    expect(await bundleHash(reversed)).toBe(await bundleHash(signed));
  });

  it('survives the trip through JSON and the schema, so the server can check it', async () => {
    const signed = await signBundle(
      unsigned({ changes: [change(1, { reason: 'salah tekan' }), change(2), change(3)] }),
      SECRET,
    );
    const received = parseWith(ScoreBundleSchema, JSON.parse(JSON.stringify(signed)));
    if (!received.ok) throw new Error(received.message);
    expect(await verifyBundleSignature(received.value, SECRET)).toBe(true);
    expect(await bundleHash(received.value)).toBe(await bundleHash(signed));
  });

  it('fails when any field of the changes, the prevHash or the header is changed', async () => {
    const signed = await signBundle(unsigned(), SECRET);
    await fc.assert(
      fc.asyncProperty(tamperArb, async ({ name, at }) => {
        expect(await verifyBundleSignature(applyTamper(signed, name, at), SECRET)).toBe(false);
      }),
    );
  });

  it('fails when the signature itself is altered', async () => {
    const signed = await signBundle(unsigned(), SECRET);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 63 }), async (at) => {
        expect(
          await verifyBundleSignature({ ...signed, signature: flipHex(signed.signature, at) }, SECRET),
        ).toBe(false);
      }),
    );
  });
});

describe('bundleHash', () => {
  it('is 64 hex digits and the same for the same bundle', async () => {
    const signed = await signBundle(unsigned(), SECRET);
    const hash = await bundleHash(signed);
    expect(hash).toMatch(HEX64);
    expect(await bundleHash(structuredClone(signed))).toBe(hash);
  });

  it('changes when anything in the bundle changes, the signature included', async () => {
    const signed = await signBundle(unsigned(), SECRET);
    const original = await bundleHash(signed);
    await fc.assert(
      fc.asyncProperty(tamperArb, async ({ name, at }) => {
        expect(await bundleHash(applyTamper(signed, name, at))).not.toBe(original);
      }),
    );
    expect(await bundleHash({ ...signed, signature: flipHex(signed.signature, 0) })).not.toBe(original);
  });

  it('chains: the next bundle signed over this hash differs from one signed over genesis', async () => {
    const first = await signBundle(unsigned(), SECRET);
    const next = unsigned({ bundleId: 'bundle-0002-abcdef', fromSeq: 4, toSeq: 4, changes: [change(4)] });
    const linked = await signBundle({ ...next, prevHash: await bundleHash(first) }, SECRET);
    const unlinked = await signBundle(next, SECRET);
    expect(linked.prevHash).not.toBe(GENESIS_HASH);
    expect(linked.signature).not.toBe(unlinked.signature);
  });
});

describe('ScoreBundleSchema', () => {
  it('accepts a signed bundle', async () => {
    const signed = await signBundle(unsigned(), SECRET);
    expect(parseWith(ScoreBundleSchema, signed)).toEqual({ ok: true, value: signed });
  });

  it.each<{ name: string; bundle: () => UnsignedBundle; field: string; says: string }>([
    {
      name: 'non-contiguous seqs',
      bundle: () => unsigned({ changes: [change(1), change(3), change(4)] }),
      field: 'changes',
      says: 'berurutan',
    },
    {
      name: 'seqs out of order',
      bundle: () => unsigned({ changes: [change(2), change(1), change(3)] }),
      field: 'changes',
      says: 'berurutan',
    },
    {
      name: 'a seq range longer than the changes',
      bundle: () => unsigned({ toSeq: 5 }),
      field: 'changes',
      says: 'berurutan',
    },
    {
      name: 'a seq range not starting at the first change',
      bundle: () => unsigned({ fromSeq: 2, toSeq: 4 }),
      field: 'changes',
      says: 'berurutan',
    },
    {
      name: 'a change of another juror',
      bundle: () => unsigned({ changes: [change(1), change(2, { jurorId: 'juri-2' }), change(3)] }),
      field: 'changes',
      says: 'milik juri',
    },
    {
      name: 'a change of another event',
      bundle: () => unsigned({ changes: [change(1), change(2), change(3, { eventId: 'kipp-malang-2022' })] }),
      field: 'changes',
      says: 'milik juri dan acara',
    },
    {
      name: 'no changes',
      bundle: () => unsigned({ fromSeq: 1, toSeq: 1, changes: [] }),
      field: 'changes',
      says: 'changes',
    },
    {
      name: `more than ${MAX_CHANGES_PER_BUNDLE} changes`,
      bundle: () =>
        unsigned({
          toSeq: MAX_CHANGES_PER_BUNDLE + 1,
          changes: Array.from({ length: MAX_CHANGES_PER_BUNDLE + 1 }, (_, i) => change(i + 1)),
        }),
      field: 'changes',
      says: 'changes',
    },
    {
      name: 'a bad prevHash',
      bundle: () => unsigned({ prevHash: 'genesis' }),
      field: 'prevHash',
      says: '64 digit heksadesimal',
    },
    {
      name: 'a bad change inside',
      bundle: () => unsigned({ changes: [change(1), change(2, { at: 'kemarin' }), change(3)] }),
      field: 'changes.1.at',
      says: 'ISO 8601',
    },
  ])('refuses $name', async ({ bundle, field, says }) => {
    const parsed = parseWith(ScoreBundleSchema, { ...bundle(), signature: 'a'.repeat(64) });
    expect(parsed).toMatchObject({ ok: false, field });
    expect(!parsed.ok && parsed.message).toContain(says);
  });

  it.each([
    ['upper-case hex', 'A'.repeat(64)],
    ['63 digits', 'a'.repeat(63)],
    ['65 digits', 'a'.repeat(65)],
    ['not hex', 'g'.repeat(64)],
    ['empty', ''],
  ])('refuses a signature that is %s', async (_name, signature) => {
    const signed = await signBundle(unsigned(), SECRET);
    expect(parseWith(ScoreBundleSchema, { ...signed, signature })).toMatchObject({
      ok: false,
      field: 'signature',
    });
  });
});
