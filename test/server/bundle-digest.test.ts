import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestBundle } from '#server/bundle-digest.ts';
import {
  BUNDLE_VERSION,
  bundleHash,
  type ScoreBundle,
  signBundle,
  verifyBundleSignature,
} from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

/** Any text, including quotes, escapes, lone surrogates and strings that look like bundle keys. */
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(',"toSeq":1', '"signature":"x"', '\\",', '\u2028', ''),
);
/** WebCrypto refuses an empty HMAC key; device secrets are 64 hex digits. */
const secretArb = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), hex64);
const value = fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }), text);

const changeArb: fc.Arbitrary<ChangeEntry> = fc.record(
  {
    seq: fc.nat(),
    eventId: text,
    jurorId: text,
    teamId: text,
    kind: fc.constantFrom('score', 'note', 'comment', 'status'),
    criterionId: fc.option(text),
    oldValue: value,
    newValue: value,
    at: text,
    reason: text,
  },
  {
    requiredKeys: [
      'seq',
      'eventId',
      'jurorId',
      'teamId',
      'kind',
      'criterionId',
      'oldValue',
      'newValue',
      'at',
    ],
  },
);

const bundleArb: fc.Arbitrary<ScoreBundle> = fc.record({
  version: fc.constant(BUNDLE_VERSION),
  bundleId: text,
  deviceId: text,
  jurorId: text,
  eventId: text,
  fromSeq: fc.nat(),
  toSeq: fc.nat(),
  prevHash: hex64,
  createdAt: text,
  changes: fc.array(changeArb, { maxLength: 5 }),
  signature: hex64,
});

describe('digestBundle (node:crypto) agrees with the shared WebCrypto functions', () => {
  it('gives the same hash and the same signature verdict on random bundles and secrets', async () => {
    await fc.assert(
      fc.asyncProperty(bundleArb, secretArb, async (bundle, secret) => {
        const digest = digestBundle(canonicalJson(bundle), bundle.signature, secret);
        expect(digest.hash).toBe(await bundleHash(bundle));
        expect(digest.signed).toBe(await verifyBundleSignature(bundle, secret));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a signature made with the secret and refuses one made with another secret', async () => {
    await fc.assert(
      fc.asyncProperty(bundleArb, secretArb, secretArb, async (bundle, secret, other) => {
        fc.pre(secret !== other);
        const signed = await signBundle(bundle, secret);
        const canonical = canonicalJson(signed);
        expect(digestBundle(canonical, signed.signature, secret)).toEqual({
          hash: await bundleHash(signed),
          signed: true,
        });
        expect(digestBundle(canonical, signed.signature, other).signed).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
