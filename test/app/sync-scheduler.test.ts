import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from '#app/sync/backoff.ts';
import { parseRetryAfter } from '#app/sync/retry-after.ts';
import type { PassResult } from '#app/sync/sync-pass.ts';
import { CHANGE_DEBOUNCE_MS, createSyncScheduler, type SyncScheduler } from '#app/sync/sync-scheduler.ts';

let results: PassResult[];
let runPass: ReturnType<typeof vi.fn<() => Promise<PassResult>>>;
let scheduler: SyncScheduler;

/** Lets timers fire and the passes they start settle. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await scheduler.idle();
}

beforeEach(() => {
  vi.useFakeTimers();
  results = [];
  runPass = vi.fn(async () => results.shift() ?? { kind: 'done' });
  // random() = 1 makes every backoff its ceiling, so waits are predictable.
  scheduler = createSyncScheduler({ runPass, random: () => 0.999_999 });
});

afterEach(() => {
  scheduler.dispose();
  vi.useRealTimers();
});

describe('when the sync loop runs', () => {
  it('debounces a burst of changes into one pass', async () => {
    scheduler.request('change');
    await advance(500);
    scheduler.request('change');
    await advance(500);
    scheduler.request('change');
    await advance(CHANGE_DEBOUNCE_MS - 1);
    expect(runPass).not.toHaveBeenCalled();
    await advance(1);
    expect(runPass).toHaveBeenCalledTimes(1);
  });

  it('after a failure waits for the backoff; the timer does not cut it short but the network coming back does', async () => {
    results = [{ kind: 'retry' }, { kind: 'retry' }];
    scheduler.request('start');
    await advance(0);
    expect(runPass).toHaveBeenCalledTimes(1);

    scheduler.request('timer');
    scheduler.request('change');
    await advance(1_000);
    expect(runPass).toHaveBeenCalledTimes(1);
    await advance(1_000);
    expect(runPass).toHaveBeenCalledTimes(2);

    // Second failure: the wait doubles (up to 4 s); 'online' goes at once.
    await advance(3_000);
    expect(runPass).toHaveBeenCalledTimes(2);
    scheduler.request('online');
    await advance(0);
    expect(runPass).toHaveBeenCalledTimes(3);
  });

  it("honours the server's Retry-After when it is longer than the backoff", async () => {
    results = [{ kind: 'retry', retryAfterMs: 60_000 }];
    scheduler.request('start');
    await advance(59_000);
    expect(runPass).toHaveBeenCalledTimes(1);
    await advance(1_000);
    expect(runPass).toHaveBeenCalledTimes(2);
  });

  it('halts on a problem that needs a person until the juror asks again or enrolls anew', async () => {
    results = [{ kind: 'stopped' }, { kind: 'stopped' }];
    scheduler.request('start');
    await advance(0);
    scheduler.request('timer');
    scheduler.request('online');
    scheduler.request('change');
    await advance(10 * 60_000);
    expect(runPass).toHaveBeenCalledTimes(1);

    scheduler.request('manual');
    await advance(0);
    expect(runPass).toHaveBeenCalledTimes(2);
    scheduler.request('credential');
    await advance(0);
    expect(runPass).toHaveBeenCalledTimes(3);
  });

  it('a new credential arriving while a pass runs outlives the halt that pass ends in', async () => {
    let release: (r: PassResult) => void = () => {};
    runPass.mockImplementationOnce(() => new Promise<PassResult>((r) => (release = r)));
    scheduler.request('start');
    scheduler.request('credential');
    release({ kind: 'stopped' });
    await advance(0);
    expect(runPass).toHaveBeenCalledTimes(2);
  });

  it("after a long outage, 'online' starts the backoff afresh", async () => {
    results = Array.from({ length: 20 }, () => ({ kind: 'retry' }) as const);
    scheduler.request('start');
    await advance(10 * 60_000);
    const calls = runPass.mock.calls.length;
    scheduler.request('online');
    await advance(0);
    expect(runPass).toHaveBeenCalledTimes(calls + 1);
    await advance(BACKOFF_BASE_MS);
    expect(runPass).toHaveBeenCalledTimes(calls + 2);
  });

  it('runs one pass at a time and one more if asked while running', async () => {
    let release: (r: PassResult) => void = () => {};
    runPass.mockImplementationOnce(() => new Promise<PassResult>((r) => (release = r)));
    scheduler.request('start');
    scheduler.request('online');
    scheduler.request('manual');
    expect(runPass).toHaveBeenCalledTimes(1);
    release({ kind: 'done' });
    await advance(0);
    expect(runPass).toHaveBeenCalledTimes(2);
  });

  it('treats a crashing pass like a failure to retry, not a halt', async () => {
    runPass.mockRejectedValueOnce(new Error('IndexedDB hiccup'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    scheduler.request('start');
    await advance(BACKOFF_CAP_MS);
    expect(runPass).toHaveBeenCalledTimes(2);
  });
});

describe('backoff and Retry-After', () => {
  it('doubles the ceiling per failure up to the cap, with jitter below it', () => {
    const ceilings = [1, 2, 3, 4, 8, 20].map((n) => backoffDelay(n, () => 0.999_999));
    expect(ceilings.slice(0, 4)).toEqual([1_999, 3_999, 7_999, 15_999]);
    expect(ceilings.at(-1)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    expect(ceilings.at(-1)).toBeGreaterThan(BACKOFF_CAP_MS - 10);
    expect(backoffDelay(5, () => 0.5)).toBe(16_000);
    expect(backoffDelay(5, () => 0)).toBeGreaterThan(0);
  });

  it.each([
    ['7', 7_000],
    [' 0 ', 0],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['99999', 600_000],
    ['soon', undefined],
    [null, undefined],
  ])('reads Retry-After %j as %j ms', (header, ms) => {
    expect(parseRetryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });
});
