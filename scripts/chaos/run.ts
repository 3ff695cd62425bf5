/**
 * One chaos run: a fresh server and data directory, N tablets enrolled through the real flow, the
 * event scored through the UI while the injector works, then every fault healed, the time until all
 * tablets have drained, and the verdict (verdict.ts). Everything random comes from `seed`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LaunchOptions } from '@playwright/test';
import Database from 'better-sqlite3';
import * as v from 'valibot';
import {
  createFaultLog,
  createInjector,
  type FaultKind,
  type Injector,
  type TimelineEntry,
} from './faults.ts';
import { type JurorContext, jurorLoop, readTeams } from './juror.ts';
import { SLOW_ANSWER_MS, startProxy, type TabletProxy } from './proxy.ts';
import { seeded } from './random.ts';
import {
  enroll,
  type LocalState,
  launchTablet,
  readLocal,
  setTabletOffline,
  sleep,
  type Tablet,
} from './tablet.ts';
import { EVENT_ID, organizerCall, startVenueServer, type VenueServer } from './venue-server.ts';
import { judge, type Verdict } from './verdict.ts';

export interface RunOptions {
  seed: number;
  minutes: number;
  tablets: number;
  /** Two builds of the app with different build ids: the update deployed mid-event alternates them. */
  builds: { a: string; b: string };
  launchOptions: LaunchOptions;
  /** Only these fault kinds (all of them by default): to replay or study one kind. */
  faultKinds?: readonly FaultKind[];
  /** Progress lines (enrollment done, drain started…); the result is returned, not printed. */
  progress?: (line: string) => void;
}

export interface RunResult {
  seed: number;
  ok: boolean;
  tablets: number;
  minutes: number;
  faults: Partial<Record<FaultKind, number>>;
  faultsTotal: number;
  /** Score taps the UI acknowledged ("Tersimpan"). */
  scoresEntered: number;
  /** Every acknowledged change: scores, notes, finalising, edits with reasons, conflicts. */
  changesAcknowledged: number;
  lost: number;
  doubled: number;
  changed: number;
  /** From the end of the last fault (or the jurors' last tap, if later) until every tablet drained. */
  drainMs: number | null;
  seconds: number;
  problems: string[];
  timeline: TimelineEntry[];
}

/** Longer than any backoff the app can be in after the faults heal (its probe retries every 30 s). */
const DRAIN_LIMIT_MS = 180_000;
/** Longer than any single step may take (an enrollment waits up to 180 s for its juror's scores). */
const STUCK_LIMIT_MS = 240_000;
const DEMO_JURORS = 5;

export async function runChaos(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const random = seeded(options.seed);
  const progress = options.progress ?? (() => {});
  const root = mkdtempSync(join(tmpdir(), 'juri-chaos-'));
  const deployDir = join(root, 'deployed');
  cpSync(options.builds.a, deployDir, { recursive: true });
  const log = createFaultLog(started);
  const tablets: Tablet[] = [];
  const proxies: TabletProxy[] = [];
  let server: VenueServer | undefined;
  const problems: string[] = [];
  let verdict: Verdict = { lost: 0, doubled: 0, changed: 0, problems: [] };
  let drainMs: number | null = null;

  try {
    server = await startVenueServer(join(root, 'data'), deployDir);
    const venueServer = server;
    const spares = await spareJurors(venueServer, options.tablets);
    let injector: Injector | undefined;
    for (let i = 0; i < options.tablets; i++) {
      const name = `tablet-${i + 1}`;
      const proxy = await startProxy({
        upstreamPort: venueServer.port,
        onFaultApplied: (fault) => {
          log.record(fault, name);
          if (fault === 'slow-answer') setTimeout(() => log.ended(), SLOW_ANSWER_MS);
        },
        onUploadForwarded: () => injector?.uploadForwarded(),
      });
      proxies.push(proxy);
      const jurors = { home: `j${i + 1}`, spare: spares[i] ?? null };
      tablets.push(await launchTablet(name, join(root, name), proxy, options.launchOptions, jurors));
    }
    await Promise.all(tablets.map((t) => enroll(t, venueServer, t.homeJuror)));
    const first = tablets[0];
    if (!first) throw new Error('no tablets');
    const teams = await readTeams(first.page);
    progress(`seed ${options.seed}: ${tablets.length} tablets enrolled, ${teams.length} teams; scoring`);

    const ctx: JurorContext = {
      server: venueServer,
      teams,
      note: (tablet, what, fault) => {
        if (fault) log.record(fault, tablet.name, what);
        else log.record('note', tablet.name, what);
      },
    };
    const eventStart = Date.now();
    const until = eventStart + options.minutes * 60_000;
    injector = createInjector(
      { server: venueServer, tablets, builds: { deployDir, a: options.builds.a, b: options.builds.b }, log },
      random.fork('faults'),
      options.faultKinds,
    );
    const scoring = Promise.all([
      injector.run(until),
      ...tablets.map((t) => jurorLoop(ctx, t, random.fork(t.name), until)),
    ]);
    // A step that never settles (no timeout of its own) must not hold the whole campaign: after
    // STUCK_LIMIT_MS past the scoring time the run names what is still under way, heals, and drains.
    const ended = await Promise.race([
      scoring.then(() => true),
      sleep(until + STUCK_LIMIT_MS - Date.now()).then(() => false),
    ]);
    if (!ended) {
      const inj = injector;
      const steps = [`injector: ${inj.step()}`, ...tablets.map((t) => `${t.name}: ${t.step}`)];
      problems.push(
        `harness: still busy ${STUCK_LIMIT_MS / 1000} s after the scoring time: ${steps.join('; ')}`,
      );
      for (const tablet of tablets) {
        tablet.proxy.disarm();
        tablet.proxy.setWifi(true);
        await setTabletOffline(tablet, false);
      }
      await venueServer.restart();
    }
    for (const tablet of tablets) tablet.interruption = null;
    const drainFrom = Math.max(log.lastEnd, Date.now());
    progress(`seed ${options.seed}: faults over, draining`);
    const drainedAt = await waitDrained(tablets, drainFrom + DRAIN_LIMIT_MS);
    if (drainedAt === null) problems.push(`not drained within ${DRAIN_LIMIT_MS / 1000} s`);
    else drainMs = drainedAt - drainFrom;

    const evidence = await Promise.all(
      tablets.map(async (t) => ({ name: t.name, acked: t.acked, local: await readLocal(t.page) })),
    );
    verdict = judge(evidence, await serverEvidence(venueServer));
  } catch (error) {
    problems.push(`harness: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await Promise.all(tablets.map((t) => t.context.close().catch(() => {})));
    await Promise.all(proxies.map((p) => p.close()));
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  }

  const acked = tablets.flatMap((t) => t.acked);
  const faultsTotal = Object.values(log.counts).reduce((sum, n) => sum + n, 0);
  const allProblems = [...problems, ...verdict.problems];
  return {
    seed: options.seed,
    ok: allProblems.length === 0 && verdict.lost === 0 && verdict.doubled === 0 && verdict.changed === 0,
    tablets: options.tablets,
    minutes: options.minutes,
    faults: log.counts,
    faultsTotal,
    scoresEntered: acked.filter((c) => c.kind === 'score').length,
    changesAcknowledged: acked.length,
    lost: verdict.lost,
    doubled: verdict.doubled,
    changed: verdict.changed,
    drainMs,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    problems: allProblems,
    timeline: log.timeline,
  };
}

/** The demo event has five jurors; a tablet beyond them gets a juror the panitia adds for the run. */
async function spareJurors(server: VenueServer, tablets: number): Promise<string[]> {
  const spares: string[] = [];
  for (let i = 0; i < tablets; i++) {
    const n = tablets + 1 + i;
    if (n > DEMO_JURORS) {
      await organizerCall(server, 'POST', `/admin/events/${EVENT_ID}/jurors`, v.unknown(), {
        name: `Juri Cadangan ${n}`,
      });
    }
    spares.push(`j${n}`);
  }
  return spares;
}

/** When every tablet holds nothing unsent and no pending bundle; null when `deadline` passed first. */
async function waitDrained(tablets: readonly Tablet[], deadline: number): Promise<number | null> {
  while (Date.now() < deadline) {
    const states = await Promise.all(tablets.map((t) => readLocal(t.page).catch(() => null)));
    if (states.every(isDrained)) return Date.now();
    await sleep(250);
  }
  return null;
}

function isDrained(state: LocalState | null): boolean {
  if (!state) return false;
  return state.changes.every((c) => c.state === 'sent') && state.bundles.every((b) => b.state === 'sent');
}

const SheetsSchema = v.object({ sheets: v.array(v.record(v.string(), v.unknown())) });

async function serverEvidence(server: VenueServer) {
  const { sheets } = await organizerCall(server, 'GET', `/admin/events/${EVENT_ID}/sheets`, SheetsSchema);
  const db = new Database(join(server.dataDir, 'juri.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const bundles = db
      .prepare<[], { bundleId: string; body: string }>('SELECT bundle_id AS bundleId, body FROM bundles')
      .all();
    return { bundles, sheets };
  } finally {
    db.close();
  }
}
