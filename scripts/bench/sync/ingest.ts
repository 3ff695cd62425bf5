/**
 * Server ingest rate: 5,000 signed bundles of one change each (10 devices × 500, each device's chain
 * in order, after 250 per device sent to both and not counted while the JIT warms up) posted over
 * HTTP on loopback to the real server with its rate limit off, one request in flight per device and
 * the devices in parallel. Beside it, in the same run, the same bodies posted to a bare Hono +
 * better-sqlite3 endpoint that writes the same rows with no checks, one transaction per request
 * (bare-endpoint.ts); the two alternate in rounds, and their files are compared at the end.
 * Target: Juri ≥ 1.0× the bare endpoint — all of Juri's checking paid for by sharing COMMITs.
 * Last, the same load against routes that do no work, so the report shows what HTTP alone allows on
 * this machine with this load generator.
 */
import * as v from 'valibot';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import { type EventPackage, EventPackageSchema } from '#shared/event.ts';
import type { Figure } from '../figures.ts';
import { percentile, round } from '../figures.ts';
import { type BareEndpoint, startBareEndpoint } from './bare-endpoint.ts';
import { type BenchServer, createEnrollment, startBenchServer } from './bench-server.ts';
import {
  type IngestInput,
  type IngestMessage,
  IngestMessageSchema,
  ingestDeviceId,
  type Leg,
  type Rate,
} from './ingest-protocol.ts';
import { receiveFrom, startTsWorker } from './ts-worker.ts';

export const INGEST_DEVICES = 10;
export const BUNDLES_PER_DEVICE = 500;
/**
 * Sent to both before the first round, uncounted (ingest-worker.ts): Juri's path through schema,
 * signature and replay needs a few thousand bundles before V8 has optimised it (with 50 per device
 * its first round still ran at half the later rounds' rate), the bare endpoint's a few dozen.
 */
export const WARMUP_PER_DEVICE = 250;
/** Juri's rate over the bare endpoint's. */
export const MIN_RATIO_TO_BARE = 1.0;
/** Even, so each side goes first equally often (the first leg after a pause runs measurably slower). */
const ROUNDS = 4;
const CEILING_PER_DEVICE = 200;
const PREPARE_TIMEOUT_MS = 60_000;
const ROUND_TIMEOUT_MS = 120_000;
const REQUEST_TIMEOUT_MS = 15_000;

/** The demo event with one juror per device, so every device scores its own sheets. */
const INGEST_EVENT: EventPackage = v.parse(EventPackageSchema, {
  ...DEMO_EVENT,
  event: { ...DEMO_EVENT.event, id: 'bench-ingest' },
  jurors: Array.from({ length: INGEST_DEVICES }, (_, i) => ({ id: `j${i + 1}`, name: `Juri ${i + 1}` })),
});

const legRate = (leg: Leg): number => leg.accepted / leg.wallMs;

const perSecond = (rate: Rate): number => round((rate.requests / rate.wallMs) * 1000, 0);

interface Side {
  ms: number;
  bundles: number;
  latenciesMs: number[];
}

interface Totals {
  juri: Side;
  bare: Side;
  /** Juri's rate over the bare endpoint's in each round: how much the machine moved under the two. */
  perRound: number[];
  ceiling: { get: Rate; post: Rate };
}

export async function measureIngest(distDir: string | undefined): Promise<Figure[]> {
  // The limit (20/s per credential) is there against runaway tablets; here it would cap the measurement.
  const server = await startBenchServer({ seedPackage: INGEST_EVENT, rateLimit: false, distDir });
  let totals: Totals;
  try {
    totals = await runRounds(server);
  } finally {
    await server.close();
  }
  const expected = INGEST_DEVICES * BUNDLES_PER_DEVICE;
  for (const [name, side] of [
    ['Juri', totals.juri],
    ['bare endpoint', totals.bare],
  ] as const)
    if (side.bundles !== expected)
      throw new Error(`${name}: ${side.bundles} of ${expected} bundles were accepted`);

  const rate = (side: Side) => (side.bundles / side.ms) * 1000;
  const juriRate = rate(totals.juri);
  const bareRate = rate(totals.bare);
  return [
    { name: 'ingest: bundles (1 change each, all 201)', value: totals.juri.bundles },
    { name: 'ingest: devices × requests in flight', value: `${INGEST_DEVICES} × 1` },
    { name: 'ingest: Juri rate', value: round(juriRate, 0), unit: 'bundles/s' },
    {
      name: 'ingest: Juri latency p50',
      value: round(percentile(totals.juri.latenciesMs, 50), 1),
      unit: 'ms',
    },
    {
      name: 'ingest: Juri latency p99',
      value: round(percentile(totals.juri.latenciesMs, 99), 1),
      unit: 'ms',
    },
    {
      name: 'bare Hono + better-sqlite3 (same rows, no checks, 1 tx/request): rate',
      value: round(bareRate, 0),
      unit: 'bundles/s',
    },
    {
      name: 'bare endpoint: latency p50',
      value: round(percentile(totals.bare.latenciesMs, 50), 1),
      unit: 'ms',
    },
    {
      name: 'bare endpoint: latency p99',
      value: round(percentile(totals.bare.latenciesMs, 99), 1),
      unit: 'ms',
    },
    {
      name: 'ingest: Juri rate / bare endpoint rate',
      value: round(juriRate / bareRate, 2),
      unit: '×',
      target: { op: '>=', value: MIN_RATIO_TO_BARE },
    },
    { name: 'ingest: Juri / bare endpoint, round by round', value: totals.perRound.join(' · '), unit: '×' },
    { name: 'HTTP alone: GET /api/health, same load', value: perSecond(totals.ceiling.get), unit: 'req/s' },
    {
      name: 'HTTP alone: POST same bodies, no-op route',
      value: perSecond(totals.ceiling.post),
      unit: 'req/s',
    },
  ];
}

async function runRounds(server: BenchServer): Promise<Totals> {
  const codes: string[] = [];
  for (const juror of INGEST_EVENT.jurors)
    codes.push(await createEnrollment(server, INGEST_EVENT.event.id, juror.id));
  const bare: BareEndpoint = await startBareEndpoint(
    INGEST_EVENT,
    codes.map((_, i) => ingestDeviceId(i)),
    INGEST_EVENT.jurors.map((j) => j.id),
  );
  const worker = startTsWorker(new URL('./ingest-worker.ts', import.meta.url), {
    baseUrl: server.url,
    bareUrl: bare.url,
    codes,
    bundlesPerDevice: BUNDLES_PER_DEVICE,
    warmupPerDevice: WARMUP_PER_DEVICE,
    rounds: ROUNDS,
    ceilingPerDevice: CEILING_PER_DEVICE,
    timeoutMs: REQUEST_TIMEOUT_MS,
  } satisfies IngestInput);
  const next = receiveFrom(worker, IngestMessageSchema, 'ingest load generator');
  try {
    const ready = await next(PREPARE_TIMEOUT_MS);
    if (ready.type !== 'ready') throw unexpected('ready', ready);
    const totals: Totals = {
      juri: { ms: 0, bundles: 0, latenciesMs: [] },
      bare: { ms: 0, bundles: 0, latenciesMs: [] },
      perRound: [],
      ceiling: { get: { wallMs: 0, requests: 0 }, post: { wallMs: 0, requests: 0 } },
    };
    for (let r = 0; r < ROUNDS; r++) {
      worker.postMessage({ type: 'next' });
      const message = await next(ROUND_TIMEOUT_MS);
      if (message.type !== 'round') throw unexpected('round', message);
      totals.perRound.push(round(legRate(message.juri) / legRate(message.bare), 2));
      for (const [side, leg] of [
        [totals.juri, message.juri],
        [totals.bare, message.bare],
      ] as const) {
        side.ms += leg.wallMs;
        side.bundles += leg.accepted;
        side.latenciesMs.push(...leg.latenciesMs);
      }
    }
    worker.postMessage({ type: 'next' });
    const ceiling = await next(ROUND_TIMEOUT_MS);
    if (ceiling.type !== 'ceiling') throw unexpected('ceiling', ceiling);
    totals.ceiling = { get: ceiling.get, post: ceiling.post };
    bare.assertSameRowsAs(server.dataFile);
    return totals;
  } finally {
    await bare.close();
    await worker.terminate();
  }
}

function unexpected(wanted: string, got: IngestMessage): Error {
  return new Error(`ingest load generator: expected "${wanted}", got "${got.type}"`);
}
