/**
 * Server ingest rate: 5,000 signed bundles of one change each (10 devices × 500, each device's chain
 * in order) posted over HTTP on loopback to the real server with its rate limit off, one request in
 * flight per device and the devices in parallel. Beside it, in the same run and on the same disk,
 * raw SQLite inserts of the same rows (raw-sqlite.ts). Target: ingest ≥ 50% of the raw rate.
 */
import * as v from 'valibot';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import { type EventPackage, EventPackageSchema } from '#shared/event.ts';
import type { Figure } from '../figures.ts';
import { percentile, round } from '../figures.ts';
import { createEnrollment, startBenchServer } from './bench-server.ts';
import { type IngestInput, type IngestReport, IngestReportSchema } from './ingest-protocol.ts';
import { timeRawInserts, toRawRows } from './raw-sqlite.ts';
import { receiveFrom, startTsWorker } from './ts-worker.ts';

export const INGEST_DEVICES = 10;
export const BUNDLES_PER_DEVICE = 500;
export const MIN_INGEST_PERCENT_OF_RAW = 50;
const RUN_TIMEOUT_MS = 90_000;
const REQUEST_TIMEOUT_MS = 15_000;

/** The demo event with one juror per device, so every device scores its own sheets. */
const INGEST_EVENT: EventPackage = v.parse(EventPackageSchema, {
  ...DEMO_EVENT,
  event: { ...DEMO_EVENT.event, id: 'bench-ingest' },
  jurors: Array.from({ length: INGEST_DEVICES }, (_, i) => ({ id: `j${i + 1}`, name: `Juri ${i + 1}` })),
});

export async function measureIngest(distDir: string | undefined): Promise<Figure[]> {
  const total = INGEST_DEVICES * BUNDLES_PER_DEVICE;
  const report = await postBundles(distDir);
  if (report.sent.length !== total || report.latenciesMs.length !== total)
    throw new Error(`${report.sent.length} of ${total} bundles were accepted`);

  const rawMs = await timeRawInserts(toRawRows(report.sent));
  const ingestRate = (total / report.wallMs) * 1000;
  const rawRate = (total / rawMs) * 1000;
  return [
    { name: 'ingest: bundles (1 change each)', value: total },
    { name: 'ingest: devices × in-flight each', value: `${INGEST_DEVICES} × 1` },
    { name: 'ingest: rate', value: round(ingestRate, 0), unit: 'bundles/s' },
    { name: 'ingest: latency p50', value: round(percentile(report.latenciesMs, 50), 1), unit: 'ms' },
    { name: 'ingest: latency p99', value: round(percentile(report.latenciesMs, 99), 1), unit: 'ms' },
    { name: 'raw SQLite: rate (1 tx per bundle)', value: round(rawRate, 0), unit: 'tx/s' },
    {
      name: 'ingest rate / raw rate',
      value: round((ingestRate / rawRate) * 100, 1),
      unit: '%',
      target: { op: '>=', value: MIN_INGEST_PERCENT_OF_RAW },
    },
  ];
}

async function postBundles(distDir: string | undefined): Promise<IngestReport> {
  // The limit (20/s per credential) exists against runaway tablets; here it would cap the measurement.
  const server = await startBenchServer({ seedPackage: INGEST_EVENT, rateLimit: false, distDir });
  try {
    const codes: string[] = [];
    for (const juror of INGEST_EVENT.jurors)
      codes.push(await createEnrollment(server, INGEST_EVENT.event.id, juror.id));
    const input: IngestInput = {
      baseUrl: server.url,
      codes,
      bundlesPerDevice: BUNDLES_PER_DEVICE,
      timeoutMs: REQUEST_TIMEOUT_MS,
    };
    const worker = startTsWorker(new URL('./ingest-worker.ts', import.meta.url), input);
    try {
      return await receiveFrom(worker, IngestReportSchema, 'ingest load generator')(RUN_TIMEOUT_MS);
    } finally {
      await worker.terminate();
    }
  } finally {
    await server.close();
  }
}
