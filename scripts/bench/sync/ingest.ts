/**
 * Server ingest rate: 5,000 signed bundles of one change each (10 devices × 500, each device's chain
 * in order) posted over HTTP on loopback to the real server with its rate limit off, one request in
 * flight per device and the devices in parallel. Beside it, in the same run and on the same disk, raw
 * SQLite writes of the same rows (raw-sqlite.ts), checked against the server's file at the end. The
 * two alternate in rounds, so disk and CPU conditions on this shared machine fall on both alike.
 * Target: ingest ≥ 50% of the raw rate. Last, the same load against routes that do no work, so the
 * report shows what HTTP alone allows on this machine with this load generator.
 */
import * as v from 'valibot';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import { type EventPackage, EventPackageSchema } from '#shared/event.ts';
import type { Figure } from '../figures.ts';
import { percentile, round } from '../figures.ts';
import { type BenchServer, createEnrollment, startBenchServer } from './bench-server.ts';
import { type IngestInput, type IngestMessage, IngestMessageSchema, type Rate } from './ingest-protocol.ts';
import { openRawStore } from './raw-sqlite.ts';
import { receiveFrom, startTsWorker } from './ts-worker.ts';

export const INGEST_DEVICES = 10;
export const BUNDLES_PER_DEVICE = 500;
export const MIN_INGEST_PERCENT_OF_RAW = 50;
const ROUNDS = 5;
const CEILING_PER_DEVICE = 200;
const PREPARE_TIMEOUT_MS = 60_000;
const ROUND_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 15_000;

/** The demo event with one juror per device, so every device scores its own sheets. */
const INGEST_EVENT: EventPackage = v.parse(EventPackageSchema, {
  ...DEMO_EVENT,
  event: { ...DEMO_EVENT.event, id: 'bench-ingest' },
  jurors: Array.from({ length: INGEST_DEVICES }, (_, i) => ({ id: `j${i + 1}`, name: `Juri ${i + 1}` })),
});

const RAW_WRITES = 'bundle+receipt, change, sheet upsert, device';

const perSecond = (rate: Rate): number => round((rate.requests / rate.wallMs) * 1000, 0);

interface Totals {
  ingestMs: number;
  rawMs: number;
  bundles: number;
  latenciesMs: number[];
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
  if (totals.bundles !== expected) throw new Error(`${totals.bundles} of ${expected} bundles were accepted`);

  const ingestRate = (totals.bundles / totals.ingestMs) * 1000;
  const rawRate = (totals.bundles / totals.rawMs) * 1000;
  return [
    { name: 'ingest: bundles (1 change each, all 201)', value: totals.bundles },
    { name: 'ingest: devices × requests in flight', value: `${INGEST_DEVICES} × 1` },
    { name: 'ingest: rate', value: round(ingestRate, 0), unit: 'bundles/s' },
    { name: 'ingest: latency p50', value: round(percentile(totals.latenciesMs, 50), 1), unit: 'ms' },
    { name: 'ingest: latency p99', value: round(percentile(totals.latenciesMs, 99), 1), unit: 'ms' },
    { name: 'raw SQLite: writes per bundle, as the server', value: RAW_WRITES },
    { name: 'raw SQLite: rate (WAL, sync=FULL, 1 tx/bundle)', value: round(rawRate, 0), unit: 'tx/s' },
    {
      name: 'ingest rate / raw rate',
      value: round((ingestRate / rawRate) * 100, 1),
      unit: '%',
      target: { op: '>=', value: MIN_INGEST_PERCENT_OF_RAW },
    },
    {
      name: `ingest rate the target needs (${MIN_INGEST_PERCENT_OF_RAW}% of raw)`,
      value: round((rawRate * MIN_INGEST_PERCENT_OF_RAW) / 100, 0),
      unit: 'bundles/s',
    },
    { name: 'HTTP alone: GET /api/health, same load', value: perSecond(totals.ceiling.get), unit: 'req/s' },
    {
      name: 'HTTP alone: POST same bodies, no-op route',
      value: perSecond(totals.ceiling.post),
      unit: 'req/s',
    },
    {
      name: 'ingest rate / no-op POST rate',
      value: round((ingestRate / perSecond(totals.ceiling.post)) * 100, 1),
      unit: '%',
    },
  ];
}

async function runRounds(server: BenchServer): Promise<Totals> {
  const codes: string[] = [];
  for (const juror of INGEST_EVENT.jurors)
    codes.push(await createEnrollment(server, INGEST_EVENT.event.id, juror.id));
  const input: IngestInput = {
    baseUrl: server.url,
    codes,
    bundlesPerDevice: BUNDLES_PER_DEVICE,
    rounds: ROUNDS,
    ceilingPerDevice: CEILING_PER_DEVICE,
    timeoutMs: REQUEST_TIMEOUT_MS,
  };
  const worker = startTsWorker(new URL('./ingest-worker.ts', import.meta.url), input);
  const next = receiveFrom(worker, IngestMessageSchema, 'ingest load generator');
  const raw = await openRawStore(INGEST_EVENT);
  try {
    expectType(await next(PREPARE_TIMEOUT_MS), 'ready');
    const totals: Totals = {
      ingestMs: 0,
      rawMs: 0,
      bundles: 0,
      latenciesMs: [],
      ceiling: { get: { wallMs: 0, requests: 0 }, post: { wallMs: 0, requests: 0 } },
    };
    for (let r = 0; r < ROUNDS; r++) {
      worker.postMessage({ type: 'next' });
      const message = await next(ROUND_TIMEOUT_MS);
      if (message.type !== 'round') throw unexpected('round', message);
      totals.ingestMs += message.wallMs;
      totals.bundles += message.sent.length;
      totals.latenciesMs.push(...message.latenciesMs);
      // The server is idle now: the raw inserts of the same rows get the machine to themselves.
      totals.rawMs += raw.timeInserts(raw.prepare(message.sent));
    }
    worker.postMessage({ type: 'next' });
    const ceiling = await next(ROUND_TIMEOUT_MS);
    if (ceiling.type !== 'ceiling') throw unexpected('ceiling', ceiling);
    totals.ceiling = { get: ceiling.get, post: ceiling.post };
    raw.assertSameRowsAs(server.dataFile);
    return totals;
  } finally {
    await raw.close();
    await worker.terminate();
  }
}

function expectType(message: IngestMessage, type: IngestMessage['type']): void {
  if (message.type !== type) throw unexpected(type, message);
}

function unexpected(wanted: string, got: IngestMessage): Error {
  return new Error(`ingest load generator: expected "${wanted}", got "${got.type}"`);
}
