/**
 * When to run a sync pass. Changes are debounced; after a failure the next attempt waits (exponential
 * backoff with full jitter, or the server's Retry-After), and only a sign that the network is back
 * (online, a health probe that reached the server, the tablet woken up, the juror's own tap) cuts that
 * wait short. The network coming back also starts the backoff afresh: the failures counted during an
 * outage say nothing about the Wi-Fi that just returned. A pass that needs a person halts the loop
 * until the juror asks again or enrolls anew.
 */
import { backoffDelay } from '#app/sync/backoff.ts';
import type { PassResult } from '#app/sync/sync-pass.ts';

export const CHANGE_DEBOUNCE_MS = 1_500;

export type SyncTrigger =
  | 'start'
  | 'change'
  /** The browser's 'online' event, or the probe finding the server after it was unreachable. */
  | 'online'
  /** A health probe reached the server (the state may not have changed). */
  | 'reachable'
  | 'visible'
  | 'timer'
  | 'retry'
  | 'manual'
  | 'credential';

export interface SchedulerState {
  running: boolean;
  /** When the next attempt after a failure is due (epoch ms), or null. */
  nextAttemptAt: number | null;
  /** Stopped for a problem only a person can solve. */
  halted: boolean;
  failures: number;
}

export interface SchedulerOptions {
  runPass: () => Promise<PassResult>;
  random?: () => number;
  onState?: (state: SchedulerState) => void;
}

export interface SyncScheduler {
  request(trigger: SyncTrigger): void;
  /** Resolves when no pass is running (for tests and orderly shutdown). */
  idle(): Promise<void>;
  dispose(): void;
}

const URGENT: ReadonlySet<SyncTrigger> = new Set([
  'start',
  'online',
  'reachable',
  'visible',
  'retry',
  'manual',
  'credential',
]);
const UNHALTING: ReadonlySet<SyncTrigger> = new Set(['manual', 'credential']);

export function createSyncScheduler(options: SchedulerOptions): SyncScheduler {
  const state: SchedulerState = { running: false, nextAttemptAt: null, halted: false, failures: 0 };
  let again = false;
  // A new credential or the juror's tap while a pass runs must outlive that pass's halt.
  let unhaltAfterRun = false;
  let disposed = false;
  let current: Promise<void> = Promise.resolve();
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const publish = () => options.onState?.({ ...state });

  const request = (trigger: SyncTrigger): void => {
    if (disposed) return;
    if (trigger === 'change') {
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(() => request('timer'), CHANGE_DEBOUNCE_MS);
      return;
    }
    if (UNHALTING.has(trigger) && state.running) unhaltAfterRun = true;
    if (UNHALTING.has(trigger) && state.halted) {
      state.halted = false;
      publish();
    }
    if (trigger === 'online') state.failures = 0;
    if (state.halted) return;
    const waiting = state.nextAttemptAt !== null && Date.now() < state.nextAttemptAt;
    if (waiting && !URGENT.has(trigger)) return;
    if (state.running) {
      again = true;
      return;
    }
    current = run();
  };

  const run = async (): Promise<void> => {
    clearTimeout(retryTimer);
    state.running = true;
    state.nextAttemptAt = null;
    publish();
    let result: PassResult;
    try {
      result = await options.runPass();
    } catch (error) {
      // An unexpected failure (e.g. IndexedDB) is retried like a network error; the data stays where it is.
      console.error('sync pass', error);
      result = { kind: 'retry' };
    }
    state.running = false;
    settle(result);
    if (unhaltAfterRun) {
      unhaltAfterRun = false;
      state.halted = false;
      again = true;
    }
    publish();
    if (again && result.kind !== 'retry' && !state.halted && !disposed) {
      again = false;
      await run();
    }
    again = false;
  };

  const settle = (result: PassResult): void => {
    if (result.kind === 'retry') {
      state.failures += 1;
      const delay = Math.max(result.retryAfterMs ?? 0, backoffDelay(state.failures, options.random));
      state.nextAttemptAt = Date.now() + delay;
      if (!disposed) retryTimer = setTimeout(() => request('retry'), delay);
      return;
    }
    if (result.kind === 'stopped') state.halted = true;
    if (result.kind === 'done' || result.kind === 'idle' || result.kind === 'stopped') state.failures = 0;
  };

  return {
    request,
    idle: async () => {
      while (state.running) await current;
    },
    dispose: () => {
      disposed = true;
      clearTimeout(debounceTimer);
      clearTimeout(retryTimer);
    },
  };
}
