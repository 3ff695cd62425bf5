/**
 * The connection badge follows real evidence: the answer (or failure) of the last request to the
 * server counts at once, not at the next 30-second probe.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectivity, createConnectivityMonitor } from '#app/pwa/connectivity.ts';
import { reachedServer } from '#app/pwa/server-evidence.ts';
import { type HttpResult, requestJson } from '#app/sync/http.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('reachedServer', () => {
  const response = (status: number, json: unknown): HttpResult => ({
    kind: 'response',
    status,
    headers: new Headers(),
    json,
  });
  it.each<[string, HttpResult, boolean]>([
    ['a receipt (201, JSON)', response(201, { receipt: {} }), true],
    [
      "our server's refusal (409, JSON envelope)",
      response(409, { error: { code: 'x', message: 'y' } }),
      true,
    ],
    ['the package unchanged since the tablet last asked (304, no body)', response(304, undefined), true],
    ["a captive portal's login page (200, not JSON)", response(200, undefined), false],
    ["a proxy's error page (502, not JSON)", response(502, undefined), false],
    ['a network error', { kind: 'network', detail: 'Failed to fetch' }, false],
    ['a timeout', { kind: 'timeout' }, false],
  ])('%s → %s', (_name, result, expected) => {
    expect(reachedServer(result)).toBe(expected);
  });
});

describe('connectivity monitor: reported evidence', () => {
  it('takes a failed request at once, and a later answer as well', async () => {
    const monitor = createConnectivityMonitor({ probe: async () => true, events: null });
    await monitor.check();
    const seen: string[] = [];
    monitor.subscribe((state) => seen.push(state));

    monitor.report(false);
    expect(monitor.get()).toBe('offline');
    monitor.report(true);
    expect(monitor.get()).toBe('online');
    expect(seen).toEqual(['offline', 'online']);
  });

  it('lets a request that failed overrule a probe that was already under way', async () => {
    let release: (ok: boolean) => void = () => {};
    const monitor = createConnectivityMonitor({
      probe: () => new Promise<boolean>((resolve) => (release = resolve)),
      events: null,
    });
    const probing = monitor.check();
    monitor.report(false);
    release(true);
    await probing;
    expect(monitor.get()).toBe('offline');
  });

  it('probes every 10 s while offline, every 30 s while online', async () => {
    vi.useFakeTimers();
    let up = false;
    let probes = 0;
    const monitor = createConnectivityMonitor({
      probe: async () => {
        probes++;
        return up;
      },
      events: null,
      intervalMs: 30_000,
    });
    const stop = monitor.start();
    await vi.advanceTimersByTimeAsync(0);
    expect([probes, monitor.get()]).toEqual([1, 'offline']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probes).toBe(2);
    up = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect([probes, monitor.get()]).toEqual([3, 'online']);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(probes).toBe(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probes).toBe(4);
    stop();
  });
});

describe('requestJson reports what it saw to the app-wide monitor', () => {
  it('goes offline the moment a request fails, and online the moment the server answers', async () => {
    connectivity.report(true);
    await requestJson('/api/bundles', {
      method: 'POST',
      body: {},
      fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(connectivity.get()).toBe('offline');

    await requestJson('/api/bundles', {
      method: 'POST',
      body: {},
      fetchImpl: async () =>
        new Response('{"error":{"code":"sequence_gap","message":"x"}}', {
          status: 409,
          headers: { 'content-type': 'application/json' },
        }),
    });
    expect(connectivity.get()).toBe('online');
  });
});
