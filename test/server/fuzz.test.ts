/**
 * The seeded fuzz campaign (scripts/fuzz/), short enough for `npm test`: a couple of thousand
 * generated honest, malformed and hostile bundles against createApp on a temporary SQLite file.
 * `npm run fuzz -- --runs N` runs a long one with the same checks.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../scripts/fuzz/run-fuzz.ts';

const SEED = 20210316;

describe('fuzzing the upload server', () => {
  it('answers thousands of generated inputs below 500, in the envelope, and stores only what verifies', async () => {
    const report = await runFuzz({ runs: 60, seed: SEED });
    expect(report.failure, report.problems.slice(0, 5).join('\n')).toBeNull();
    expect(report.inputs).toBeGreaterThan(1000);
    expect(report.hostile).toBeGreaterThan(300);
    expect(report.serverErrors).toBe(0);
    expect(report.badEnvelopes).toBe(0);
    expect(report.hostileAccepted).toBe(0);
    // Honest bundles got through too: a server refusing everything would pass the checks above.
    expect(report.storedBundles).toBeGreaterThan(50);
    expect(report.invalidStored).toBe(0);
    expect(report.sheetsMatchReplay).toBe(true);
    expect(report.problems).toEqual([]);
  }, 120_000);
});
