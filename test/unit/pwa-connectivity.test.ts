/** The connection probe counts only the Juri server's own answer as online. */
import { describe, expect, it } from 'vitest';
import { createConnectivityMonitor, probeHealth } from '#app/pwa/connectivity.ts';

const answer =
  (body: string, init: ResponseInit & { contentType?: string } = {}) =>
  async () =>
    new Response(body, {
      status: init.status ?? 200,
      headers: { 'content-type': init.contentType ?? 'application/json' },
    });

describe('probeHealth', () => {
  it.each([
    ['the server says ok', answer('{"ok":true,"time":"2021-03-16T01:00:00Z"}'), true],
    [
      "a captive portal's login page (HTML, 200)",
      answer('<html><body>Login Wi-Fi hotel</body></html>', { contentType: 'text/html' }),
      false,
    ],
    ['JSON that is not ok', answer('{"ok":false}'), false],
    ['a server error', answer('{"ok":true}', { status: 503 }), false],
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch')), false],
  ])('%s → %s', async (_name, fetchImpl, expected) => {
    expect(await probeHealth('/api/health', 1000, fetchImpl)).toBe(expected);
  });

  it('gives up after the timeout: a request that never answers is offline', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    expect(await probeHealth('/api/health', 10, hanging)).toBe(false);
  });

  it('asks without caches and refuses redirects (a portal redirecting to its login page)', async () => {
    let seen: RequestInit | undefined;
    await probeHealth('/api/health', 1000, async (_url, init) => {
      seen = init;
      return new Response('{"ok":true}');
    });
    expect(seen).toMatchObject({ cache: 'no-store', redirect: 'error' });
  });
});

describe('connectivity monitor', () => {
  it('starts as checking and tells subscribers each change', async () => {
    const results = [true, false, false, true];
    const monitor = createConnectivityMonitor({ probe: async () => results.shift() ?? false, events: null });
    const seen: string[] = [];
    monitor.subscribe((s) => seen.push(s));
    expect(monitor.get()).toBe('checking');
    for (let i = 0; i < 4; i++) await monitor.check();
    expect(seen).toEqual(['online', 'offline', 'online']);
  });

  it('tells reachable-listeners about every probe that found the server, also when nothing changed', async () => {
    const results = [true, true, false, true];
    const monitor = createConnectivityMonitor({ probe: async () => results.shift() ?? false, events: null });
    let reached = 0;
    monitor.onReachable(() => reached++);
    const changes: string[] = [];
    monitor.subscribe((s) => changes.push(s));
    for (let i = 0; i < 4; i++) await monitor.check();
    expect(reached).toBe(3);
    expect(changes).toEqual(['online', 'offline', 'online']);
  });

  it('shares one probe between concurrent checks', async () => {
    let probes = 0;
    const monitor = createConnectivityMonitor({ probe: async () => ++probes > 0, events: null });
    await Promise.all([monitor.check(), monitor.check(), monitor.check()]);
    expect(probes).toBe(1);
  });

  it("lets an 'offline' event overrule a probe that was already under way", async () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as const });
    let release: (ok: boolean) => void = () => {};
    let calls = 0;
    const monitor = createConnectivityMonitor({
      // The first probe hangs until released; later ones fail at once (no network).
      probe: () => (++calls === 1 ? new Promise<boolean>((r) => (release = r)) : Promise.resolve(false)),
      events: { window: win, document: doc },
    });
    const stop = monitor.start();
    win.dispatchEvent(new Event('offline'));
    expect(monitor.get()).toBe('offline');
    release(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(monitor.get()).toBe('offline');
    stop();
  });

  it("re-checks when the browser reports 'online' again", async () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as const });
    let up = false;
    const monitor = createConnectivityMonitor({
      probe: async () => up,
      events: { window: win, document: doc },
    });
    const stop = monitor.start();
    await monitor.check();
    expect(monitor.get()).toBe('offline');
    up = true;
    win.dispatchEvent(new Event('online'));
    expect(monitor.get()).toBe('checking');
    await monitor.check();
    expect(monitor.get()).toBe('online');
    stop();
  });
});
