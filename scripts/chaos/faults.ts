/**
 * The fault injector: at seeded moments it picks a fault kind and a tablet and does what a venue does
 * to an event. Network and server faults it does itself; interruptions of a tablet (reload, crash,
 * closed page, hand-over) it hands to that tablet's juror, who meets them in the middle of an edit.
 * Every fault that took effect goes on the timeline, which a failing run prints for replay.
 */
import { cpSync } from 'node:fs';
import type { UploadFault } from './proxy.ts';
import type { Random } from './random.ts';
import { setTabletOffline, sleep, type Tablet } from './tablet.ts';
import type { VenueServer } from './venue-server.ts';

export const FAULT_KINDS = [
  'wifi-short',
  'wifi-long',
  'wifi-flapping',
  'server-kill',
  'server-kill-mid-sync',
  'http-500',
  'http-503',
  'http-429',
  'captive-portal',
  'reply-dropped',
  'slow-answer',
  'tab-reload',
  'renderer-crash',
  'page-reopen',
  'app-update',
  'handover',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export function isFaultKind(name: string): name is FaultKind {
  return (FAULT_KINDS as readonly string[]).includes(name);
}

const WEIGHTS: Record<FaultKind, number> = {
  'wifi-short': 8,
  'wifi-long': 3,
  'wifi-flapping': 3,
  'server-kill': 3,
  'server-kill-mid-sync': 3,
  'http-500': 6,
  'http-503': 6,
  'http-429': 5,
  'captive-portal': 5,
  'reply-dropped': 6,
  'slow-answer': 2,
  'tab-reload': 4,
  'renderer-crash': 3,
  'page-reopen': 3,
  'app-update': 1,
  handover: 1,
};

export interface TimelineEntry {
  /** Seconds since the event phase started. */
  at: number;
  kind: FaultKind | 'note';
  tablet?: string;
  detail?: string;
}

export interface FaultLog {
  record(kind: FaultKind | 'note', tablet?: string, detail?: string): void;
  /** A fault ends (the network is back, the server answers again): drain time counts from the last. */
  ended(): void;
  timeline: TimelineEntry[];
  counts: Partial<Record<FaultKind, number>>;
  lastEnd: number;
}

export function createFaultLog(startedAt: number): FaultLog {
  const log: FaultLog = {
    timeline: [],
    counts: {},
    lastEnd: startedAt,
    record(kind, tablet, detail) {
      const at = Math.round((Date.now() - startedAt) / 100) / 10;
      log.timeline.push({ at, kind, ...(tablet ? { tablet } : {}), ...(detail ? { detail } : {}) });
      if (kind !== 'note') {
        log.counts[kind] = (log.counts[kind] ?? 0) + 1;
        log.ended();
      }
    },
    ended() {
      log.lastEnd = Math.max(log.lastEnd, Date.now());
    },
  };
  return log;
}

export interface Venue {
  server: VenueServer;
  tablets: readonly Tablet[];
  builds: { deployDir: string; a: string; b: string };
  log: FaultLog;
}

export interface Injector {
  /** Called by a proxy when a score upload went to the server: a mid-sync kill may be armed. */
  uploadForwarded(): void;
  /** Injects faults until `until`; then heals everything and waits for the last fault to end. */
  run(until: number): Promise<void>;
  /** What run() is doing now: named in the report when a run outlives its time. */
  step(): string;
}

export function createInjector(
  venue: Venue,
  random: Random,
  kinds: readonly FaultKind[] = FAULT_KINDS,
): Injector {
  const { server, tablets, log } = venue;
  let killArmed = false;
  let serverBusy = false;
  let deployed: 'a' | 'b' = 'a';
  const pending: Promise<void>[] = [];
  // Faults still under way, by name, and what run() does now: the report names them if a run hangs.
  const outstanding = new Set<string>();
  let phase = 'injecting';
  let tracked = 0;
  const track = (label: string, fault: Promise<void>): Promise<void> => {
    const name = `${label} #${++tracked}`;
    outstanding.add(name);
    return fault.finally(() => outstanding.delete(name));
  };
  const wifiBusy = new Set<Tablet>();

  const killAndRestart = async (kind: FaultKind, detail: string) => {
    serverBusy = true;
    try {
      await server.kill();
      log.record(kind, undefined, detail);
      await sleep(random.int(1_000, 4_000));
      await server.restart();
      log.ended();
    } finally {
      serverBusy = false;
    }
  };

  const wifi = async (tablet: Tablet, kind: FaultKind) => {
    wifiBusy.add(tablet);
    const set = async (up: boolean) => {
      tablet.proxy.setWifi(up);
      await setTabletOffline(tablet, !up);
    };
    try {
      if (kind === 'wifi-flapping') {
        const flaps = random.int(5, 8);
        log.record(kind, tablet.name, `${flaps} flaps, 1 s each`);
        for (let i = 0; i < flaps; i++) {
          await set(false);
          await sleep(1_000);
          await set(true);
          await sleep(1_000);
        }
      } else {
        const ms = kind === 'wifi-short' ? random.int(1_500, 4_000) : random.int(10_000, 20_000);
        log.record(kind, tablet.name, `${ms} ms`);
        await set(false);
        await sleep(ms);
        await set(true);
      }
      log.ended();
    } finally {
      wifiBusy.delete(tablet);
    }
  };

  const deploy = () => {
    deployed = deployed === 'a' ? 'b' : 'a';
    // Like a real deploy: the new files land over the old ones, old hashed assets stay.
    cpSync(deployed === 'a' ? venue.builds.a : venue.builds.b, venue.builds.deployDir, {
      recursive: true,
      force: true,
    });
    log.record('app-update', undefined, `build ${deployed} deployed`);
    // The browser checks for a new worker on navigations and every so often; ask now, as it would.
    for (const tablet of tablets) {
      void tablet.page
        .evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration?.update();
        })
        .catch(() => {});
    }
  };

  const inject = (kind: FaultKind, tablet: Tablet): boolean => {
    switch (kind) {
      case 'wifi-short':
      case 'wifi-long':
      case 'wifi-flapping':
        if (wifiBusy.has(tablet)) return false;
        pending.push(track(`${kind} ${tablet.name}`, wifi(tablet, kind)));
        return true;
      case 'server-kill':
        if (serverBusy || killArmed) return false;
        pending.push(track(kind, killAndRestart(kind, 'at a random moment')));
        return true;
      case 'server-kill-mid-sync':
        if (serverBusy || killArmed) return false;
        killArmed = true;
        return true;
      case 'http-500':
      case 'http-503':
      case 'http-429':
      case 'captive-portal':
      case 'reply-dropped':
      case 'slow-answer':
        tablet.proxy.arm(kind satisfies UploadFault);
        return true;
      case 'tab-reload':
      case 'renderer-crash':
      case 'page-reopen':
      case 'handover':
        if (tablet.interruption) return false;
        if (kind === 'handover' && !tablet.spareJuror) return false;
        tablet.interruption =
          kind === 'tab-reload'
            ? 'reload'
            : kind === 'renderer-crash'
              ? 'crash'
              : kind === 'page-reopen'
                ? 'close-reopen'
                : 'handover';
        return true;
      case 'app-update':
        deploy();
        return true;
    }
  };

  const pickKind = (): FaultKind => {
    const total = kinds.reduce((sum, k) => sum + WEIGHTS[k], 0);
    let roll = random.next() * total;
    for (const kind of kinds) {
      roll -= WEIGHTS[kind];
      if (roll < 0) return kind;
    }
    return kinds[0] ?? 'wifi-short';
  };

  return {
    uploadForwarded() {
      if (!killArmed || serverBusy) return;
      killArmed = false;
      const delay = random.int(0, 30);
      pending.push(
        track(
          'server-kill-mid-sync',
          sleep(delay).then(() => killAndRestart('server-kill-mid-sync', `${delay} ms into an upload`)),
        ),
      );
    },
    async run(until) {
      while (Date.now() < until) {
        await sleep(random.int(800, 2_500));
        if (Date.now() >= until) break;
        const kind = pickKind();
        const tablet = random.pick(tablets);
        inject(kind, tablet);
      }
      // Heal: nothing armed stays armed; the network and the server come back.
      killArmed = false;
      for (const tablet of tablets) {
        tablet.proxy.disarm();
        if (tablet.interruption !== 'handover') tablet.interruption = null;
      }
      phase = 'healing: waiting for the last faults to end';
      await Promise.all(pending);
      phase = 'healing: network back';
      for (const tablet of tablets) {
        tablet.proxy.setWifi(true);
        await setTabletOffline(tablet, false);
      }
      phase = 'healing: server restart';
      await server.restart();
      phase = 'done';
    },
    step: () => (outstanding.size > 0 ? `${phase} (under way: ${[...outstanding].join(', ')})` : phase),
  };
}
