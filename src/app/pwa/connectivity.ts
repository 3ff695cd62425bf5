/**
 * Is the Juri server reachable right now? `navigator.onLine` only says a network interface is up;
 * a hotel's captive portal answers every request with its own HTML login page. So the monitor asks
 * the app's own origin for `/api/health` and counts only the server's JSON `{ ok: true }`; and every
 * real request to the server (an upload, an enrollment) is evidence too, reported the moment its
 * answer — or its failure, or its timeout — is in (server-evidence.ts), so the badge never says
 * "Online" for half a minute after the server went away.
 * No UI here: the status badge and the sync client both subscribe to the same monitor.
 */

export type Connectivity = 'checking' | 'online' | 'offline';

export type ConnectivityListener = (state: Connectivity) => void;

export interface ConnectivityMonitor {
  /** The latest known state. */
  get(): Connectivity;
  /** Calls `listener` on every change of state; returns the unsubscribe function. */
  subscribe(listener: ConnectivityListener): () => void;
  /**
   * Calls `listener` after every probe that reached the server, even when the state was already
   * 'online': the sync loop may be sitting out a backoff that the server's answer makes pointless.
   */
  onReachable(listener: () => void): () => void;
  /** Probes now; concurrent calls share one probe. */
  check(): Promise<Connectivity>;
  /** The outcome of a real request to the server: the newest evidence there is, taken at once. */
  report(reachable: boolean): void;
  /** Probes at once, on online/offline/visibility events and every `intervalMs`; returns stop. */
  start(): () => void;
}

export interface ConnectivityOptions {
  probe?: () => Promise<boolean>;
  intervalMs?: number;
  /** Where the online/offline/visibilitychange events come from; null: none (no DOM). */
  events?: ConnectivityEvents | null;
}

export interface ConnectivityEvents {
  window: EventTarget;
  document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

export const HEALTH_PATH = '/api/health';
export const PROBE_TIMEOUT_MS = 4_000;
const PROBE_INTERVAL_MS = 30_000;
/** While the server is unreachable, look again sooner: its return is worth noticing quickly. */
const OFFLINE_PROBE_INTERVAL_MS = 10_000;

/**
 * True only when `url` answers 2xx with JSON `{ ok: true }` within `timeoutMs`. A redirect (a
 * portal sending the tablet to its login page), HTML, a timeout or a network error all mean false.
 */
export async function probeHealth(
  url: string = HEALTH_PATH,
  timeoutMs: number = PROBE_TIMEOUT_MS,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetchImpl(url, {
      cache: 'no-store',
      credentials: 'same-origin',
      redirect: 'error',
      headers: { accept: 'application/json' },
      signal: abort.signal,
    });
    if (!res.ok) return false;
    const body: unknown = await res.json();
    // Loaded with the first answer, not with the first screen: the probe starts after it anyway.
    const [{ is }, { HealthResponseSchema }] = await Promise.all([
      import('valibot'),
      import('#shared/health.ts'),
    ]);
    return is(HealthResponseSchema, body);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function createConnectivityMonitor(options: ConnectivityOptions = {}): ConnectivityMonitor {
  const probe = options.probe ?? (() => probeHealth());
  const intervalMs = options.intervalMs ?? PROBE_INTERVAL_MS;
  const listeners = new Set<ConnectivityListener>();
  const reachable = new Set<() => void>();
  let state: Connectivity = 'checking';
  let inFlight: Promise<Connectivity> | null = null;
  // Only the latest probe may set the state, so a slow answer cannot undo a newer 'offline' event.
  let generation = 0;

  const set = (next: Connectivity) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(next);
  };

  const check = (): Promise<Connectivity> => {
    if (inFlight) return inFlight;
    const mine = ++generation;
    inFlight = probe()
      .catch(() => false)
      .then((ok) => {
        if (mine !== generation) return state;
        set(ok ? 'online' : 'offline');
        if (ok) for (const listener of reachable) listener();
        return state;
      })
      .finally(() => {
        if (mine === generation) inFlight = null;
      });
    return inFlight;
  };

  // A new generation drops the probe in flight: its answer describes the network before the event.
  const restart = (interim: Connectivity) => {
    generation++;
    inFlight = null;
    set(interim);
    return check();
  };

  // A request's answer is newer than any probe under way: that probe's answer is dropped.
  const report = (reachable: boolean) => {
    generation++;
    inFlight = null;
    set(reachable ? 'online' : 'offline');
  };

  const start = () => {
    const events = options.events === undefined ? browserEvents() : options.events;
    void check();
    const offlineMs = Math.min(intervalMs, OFFLINE_PROBE_INTERVAL_MS);
    let sinceProbe = 0;
    const timer = setInterval(() => {
      sinceProbe += offlineMs;
      if (state !== 'offline' && sinceProbe < intervalMs) return;
      sinceProbe = 0;
      if (!events || events.document.visibilityState === 'visible') void check();
    }, offlineMs);
    if (!events) return () => clearInterval(timer);
    const onOnline = () => void restart('checking');
    const onOffline = () => void restart('offline');
    const onVisible = () => {
      if (events.document.visibilityState === 'visible') void check();
    };
    events.window.addEventListener('online', onOnline);
    events.window.addEventListener('offline', onOffline);
    events.document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      events.window.removeEventListener('online', onOnline);
      events.window.removeEventListener('offline', onOffline);
      events.document.removeEventListener('visibilitychange', onVisible);
    };
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReachable(listener) {
      reachable.add(listener);
      return () => reachable.delete(listener);
    },
    check,
    report,
    start,
  };
}

function browserEvents(): ConnectivityEvents | null {
  return typeof window === 'undefined' || typeof document === 'undefined' ? null : { window, document };
}

/** The app's one monitor; started by `startPwa()`. */
export const connectivity: ConnectivityMonitor = createConnectivityMonitor();
