/**
 * The sync loop's wiring: the network coming back must send at once, even in the middle of a backoff
 * wait that a long outage made long, and the wait after that must start short again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectivityListener } from '#app/pwa/connectivity.ts';
import { BACKOFF_BASE_MS } from '#app/sync/backoff.ts';
import { startSync } from '#app/sync/start-sync.ts';
import type { PassResult } from '#app/sync/sync-pass.ts';
import { useSyncRuntime } from '#app/sync/sync-runtime.ts';

let runPass: ReturnType<typeof vi.fn<() => Promise<PassResult>>>;
let stop: () => void;
const reachable = new Set<() => void>();
const stateListeners = new Set<ConnectivityListener>();
const monitor = {
  subscribe(listener: ConnectivityListener) {
    stateListeners.add(listener);
    return () => stateListeners.delete(listener);
  },
  onReachable(listener: () => void) {
    reachable.add(listener);
    return () => reachable.delete(listener);
  },
};

/** A long outage: every pass fails until the backoff ceiling is far above a few seconds. */
async function sitOutAnOutage(): Promise<void> {
  for (let i = 0; i < 6; i++) await vi.advanceTimersByTimeAsync(5 * 60_000);
  const { nextAttemptAt, failures } = useSyncRuntime.getState();
  expect(failures).toBeGreaterThanOrEqual(6);
  expect((nextAttemptAt ?? 0) - Date.now()).toBeGreaterThan(10_000);
}

beforeEach(() => {
  vi.useFakeTimers();
  runPass = vi.fn(async (): Promise<PassResult> => ({ kind: 'retry' }));
  stop = startSync({
    monitor,
    runPass,
    watch: (next) => {
      next({ unsent: 1, token: 'a-token' });
      return () => {};
    },
    // Every backoff at its ceiling, so the waits are predictable.
    random: () => 0.999_999,
  });
});

afterEach(() => {
  stop();
  reachable.clear();
  stateListeners.clear();
  vi.useRealTimers();
});

describe('the sync loop and the network coming back', () => {
  it('a health probe that reaches the server sends at once, even inside a backoff wait', async () => {
    await sitOutAnOutage();
    const before = runPass.mock.calls.length;

    for (const listener of reachable) listener();
    await vi.advanceTimersByTimeAsync(0);

    expect(runPass.mock.calls.length).toBe(before + 1);
  });

  it("an 'online' event sends at once and the next wait starts short again", async () => {
    await sitOutAnOutage();
    const before = runPass.mock.calls.length;

    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(runPass.mock.calls.length).toBe(before + 1);
    // The reply to that first attempt was lost: the retry comes within the first backoff step.
    await vi.advanceTimersByTimeAsync(BACKOFF_BASE_MS);
    expect(runPass.mock.calls.length).toBe(before + 2);
  });
});
