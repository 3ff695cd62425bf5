/**
 * The zero-network transfer: a juror's whole event encoded into QR frame texts and read back the way
 * a camera reads a looping display — frames in any order, some twice, some missed on the first loop —
 * into the very score file (the same bundles, byte for byte) the tablet would have written.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeTransfer, encodeTransfer, transferPayload } from '#app/export/transfer-codec.ts';
import { bundleHash } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { createFrameCollector, parseFrame, type ScanProgress, toFrames } from '#shared/qr-frames.ts';
import { jurorEventFile } from '../fixtures/juror-event.ts';

/** Feeds frame texts to a collector until one completes; returns the last progress. */
async function scan(reads: readonly string[]): Promise<ScanProgress | undefined> {
  const collector = createFrameCollector();
  let last: ScanProgress | undefined;
  for (const text of reads) {
    last = await collector.add(text);
    if (last.kind === 'complete') return last;
  }
  return last;
}

vi.setConfig({ testTimeout: 60_000 });

describe('QR transfer of a juror’s whole event', () => {
  it('reads back identical bundles from frames in any order, with duplicates and missed frames', async () => {
    const file = await jurorEventFile('per-team');
    const payload = await transferPayload(file);
    const frames = await toFrames(payload);
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) expect(frame).toMatch(/^[0-9A-Z $%*+\-./:]+$/);

    await fc.assert(
      fc.asyncProperty(
        // The camera's first loop: every frame in some order, each maybe missed (unreadable) or read twice.
        fc.shuffledSubarray(
          frames.map((_, i) => i),
          { minLength: frames.length, maxLength: frames.length },
        ),
        fc.array(fc.constantFrom('missed', 'read', 'twice'), {
          minLength: frames.length,
          maxLength: frames.length,
        }),
        fc.array(fc.string(), { maxLength: 3 }),
        async (order, fate, noise) => {
          const first = order.flatMap((i, k) => {
            const text = frames[i] ?? '';
            return fate[k] === 'missed' ? [] : fate[k] === 'twice' ? [text, text] : [text];
          });
          // Other QR codes in view, then the display's second loop brings what was missed.
          const result = await scan([...noise, ...first, ...frames]);
          expect(result).toMatchObject({ kind: 'complete', payload });
        },
      ),
      { numRuns: 50 },
    );
    // What the frames join into decodes to the very file: the same bundles, byte for byte.
    const decoded = await decodeTransfer(payload);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.text).toBe(canonicalJson(file));
    expect(decoded.file.bundles.map((b) => canonicalJson(b))).toEqual(
      file.bundles.map((b) => canonicalJson(b)),
    );
    expect(await encodeTransfer(file)).toEqual(frames);
  });

  it('keeps the chain: every expanded bundle links to the hash of the one before', async () => {
    const file = await jurorEventFile('three-per-team');
    const frames = await encodeTransfer(file);
    const result = await scan(frames.toReversed());
    if (result?.kind !== 'complete') throw new Error('not complete');
    const decoded = await decodeTransfer(result.payload);
    if (!decoded.ok) throw new Error(decoded.reason);
    for (const [i, bundle] of decoded.file.bundles.entries()) {
      const before = decoded.file.bundles[i - 1];
      if (before) expect(bundle.prevHash).toBe(await bundleHash(before));
    }
  });

  it('says how far the scan is, and starts a transfer again when its frames do not join up', async () => {
    const frames = await toFrames('ABCDEFGHIJ'.repeat(30), 100);
    expect(frames).toHaveLength(3);
    const collector = createFrameCollector();
    expect(await collector.add(frames[1] ?? '')).toMatchObject({ kind: 'progress', have: 1, count: 3 });
    expect(await collector.add(frames[1] ?? '')).toMatchObject({ kind: 'progress', have: 1, count: 3 });
    expect(await collector.add('https://example.org/other-qr')).toEqual({ kind: 'foreign' });
    // A misread piece that the QR checks let through: the joined text does not match the transfer id.
    const misread = (frames[0] ?? '').replace(/A(?=[^:]*$)/, 'B');
    expect(await collector.add(misread)).toMatchObject({ kind: 'progress', have: 2 });
    expect(await collector.add(frames[2] ?? '')).toMatchObject({ kind: 'corrupt', count: 3 });
    // Read again from the start, the frames complete.
    for (const frame of frames) await collector.add(frame);
    expect((await scan(frames))?.kind).toBe('complete');
  });

  it('refuses frame texts that are not frames', () => {
    expect(parseFrame('JR1:ABCDEF12:4:3:AAAA')).toBeNull();
    expect(parseFrame('JR1:ABCDEF12:0:3:AAAA')).toBeNull();
    expect(parseFrame('jr1:abcdef12:1:3:AAAA')).toBeNull();
    expect(parseFrame('JR1:ABCDEF12:1:3:AAAA')).toEqual({
      transferId: 'ABCDEF12',
      number: 1,
      count: 3,
      piece: 'AAAA',
    });
  });

  it('reports a transfer that does not decode into a score file instead of guessing', async () => {
    expect(await decodeTransfer('ABC')).toMatchObject({ ok: false });
  });
});
