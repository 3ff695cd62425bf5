/**
 * The ingest bench's load generator, in its own thread so the servers keep the main event loop to
 * themselves: enrolls the devices, signs and chains every bundle up front (as canonical JSON, the
 * tablet's encoding), then posts them over HTTP in rounds — devices in parallel, one request in
 * flight per device, each device's bundles in order — to Juri and to the bare endpoint in turn.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import * as v from 'valibot';
import { BundleAcceptedSchema, EnrollResponseSchema } from '#shared/api.ts';
import { BUNDLE_VERSION, bundleHash, signBundle } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { scaleValues } from '#shared/scoring.ts';
import { type SendOptions, send as sendHttp } from './http-client.ts';
import {
  type IngestInput,
  IngestInputSchema,
  type IngestMessage,
  ingestDeviceId,
  type Leg,
  NextRoundSchema,
  type Rate,
} from './ingest-protocol.ts';
import { describeError } from './ts-worker.ts';

type Enrolled = v.InferOutput<typeof EnrollResponseSchema>;

interface Posted {
  body: string;
  status: number;
  text: string;
}

/** An /api path with no route: the API answers 404 without reading the body. */
const NO_OP_PATH = '/api/bench-no-op';

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs in a worker thread');
try {
  await run(port, v.parse(IngestInputSchema, workerData));
} catch (error) {
  port.postMessage({ type: 'failed', message: describeError(error) });
}

async function run(port: MessagePort, input: IngestInput): Promise<void> {
  const perRound = input.bundlesPerDevice / input.rounds;
  if (!Number.isInteger(perRound)) throw new Error('bundlesPerDevice must split evenly into rounds');
  const devices = await Promise.all(input.codes.map((code, i) => enroll(input.baseUrl, code, i)));
  const warmup = input.warmupPerDevice;
  const chains = await Promise.all(devices.map((d, i) => buildChain(d, i, warmup + input.bundlesPerDevice)));
  // Both servers, the HTTP code they share and this generator reach steady state before any clock
  // starts: otherwise whoever goes first in round 0 pays for the JIT warming up.
  const warm = (i: number) => (chains[i] ?? []).slice(0, warmup);
  for (const url of [input.baseUrl, input.bareUrl]) await postRound(input, url, devices, warm);
  send(port, { type: 'ready' });

  for (let round = 0; round < input.rounds; round++) {
    await nextRound(port);
    const from = warmup + round * perRound;
    const slice = (i: number) => (chains[i] ?? []).slice(from, from + perRound);
    const leg = (url: string) => postRound(input, url, devices, slice);
    // Alternating who goes first, over an even number of rounds, so each meets a warmer (or busier)
    // machine as often as the other.
    const juriFirst = round % 2 === 0;
    const first = await leg(juriFirst ? input.baseUrl : input.bareUrl);
    const second = await leg(juriFirst ? input.bareUrl : input.baseUrl);
    send(port, { type: 'round', juri: juriFirst ? first : second, bare: juriFirst ? second : first });
  }

  await nextRound(port);
  const get = await timeNoOp(devices, () => ({ path: '/api/health', init: {}, status: 200 }), input);
  const post = await timeNoOp(
    devices,
    (d, i) => ({
      path: NO_OP_PATH,
      init: {
        method: 'POST',
        headers: { authorization: `Bearer ${d.device.token}`, 'content-type': 'application/json' },
        body: chains[i]?.[0] ?? '{}',
      },
      status: 404,
    }),
    input,
  );
  send(port, { type: 'ceiling', get, post });
}

async function enroll(baseUrl: string, code: string, index: number): Promise<Enrolled> {
  const deviceId = ingestDeviceId(index);
  const response = await fetch(`${baseUrl}/api/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceId, firstSeq: 1 }),
  });
  const body: unknown = await response.json();
  if (response.status !== 201) throw new Error(`enroll ${deviceId}: HTTP ${response.status}`);
  return v.parse(EnrollResponseSchema, body);
}

/**
 * `count` bundles of one score change each, walking the juror's sheets team by team and criterion by
 * criterion and moving each value one step on every round, so every change really changes a score.
 */
async function buildChain(enrolled: Enrolled, deviceIndex: number, count: number): Promise<string[]> {
  const { device, juror, eventId, package: pkg } = enrolled;
  const cells = pkg.teams.flatMap((t) => pkg.rubric.criteria.map((c) => ({ teamId: t.id, criterion: c })));
  const current = new Map<string, number>();
  let prevHash = enrolled.sync.prevHash;
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    const seq = enrolled.sync.expectedSeq + i;
    const cellIndex = i % cells.length;
    const cell = cells[cellIndex];
    if (!cell) throw new Error('the event has no teams or criteria');
    const values = scaleValues(cell.criterion.scale);
    const round = Math.floor(i / cells.length);
    const value = values[(deviceIndex + cellIndex + round) % values.length];
    if (value === undefined) throw new Error(`criterion ${cell.criterion.id} has an empty scale`);
    const key = `${cell.teamId}/${cell.criterion.id}`;
    const at = new Date().toISOString();
    const bundle = await signBundle(
      {
        version: BUNDLE_VERSION,
        bundleId: `b-${device.deviceId}-${seq}`,
        deviceId: device.deviceId,
        jurorId: juror.id,
        eventId,
        fromSeq: seq,
        toSeq: seq,
        prevHash,
        createdAt: at,
        changes: [
          {
            seq,
            eventId,
            jurorId: juror.id,
            teamId: cell.teamId,
            kind: 'score',
            criterionId: cell.criterion.id,
            oldValue: current.get(key) ?? null,
            newValue: value,
            at,
          },
        ],
      },
      device.secret,
    );
    current.set(key, value);
    prevHash = await bundleHash(bundle);
    bodies.push(canonicalJson(bundle));
  }
  return bodies;
}

/** Posts one round's bundles to `baseUrl`: devices in parallel, each device's in order. */
async function postRound(
  input: IngestInput,
  baseUrl: string,
  devices: readonly Enrolled[],
  slice: (device: number) => readonly string[],
): Promise<Leg> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  const posted = await Promise.all(
    devices.map((d, i) => postInOrder(input, baseUrl, d.device.token, slice(i), latenciesMs)),
  );
  const wallMs = performance.now() - started;
  // Checked after the clock, so client-side parsing stays out of the request rate.
  for (const p of posted.flat()) checkReceipt(p);
  return { wallMs, latenciesMs, accepted: posted.flat().length };
}

async function postInOrder(
  input: IngestInput,
  baseUrl: string,
  token: string,
  bodies: readonly string[],
  latenciesMs: number[],
): Promise<Posted[]> {
  const posted: Posted[] = [];
  for (const body of bodies) {
    const started = performance.now();
    const { status, text } = await sendHttp(`${baseUrl}/api/bundles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
      timeoutMs: input.timeoutMs,
    });
    latenciesMs.push(performance.now() - started);
    posted.push({ body, status, text });
    if (status !== 201) break;
  }
  return posted;
}

interface NoOpRequest {
  path: string;
  init: Omit<SendOptions, 'timeoutMs'>;
  status: number;
}

/**
 * The ingest's request pattern (devices in parallel, one request in flight each) against a route that
 * does no work: what HTTP alone costs on this machine, with this load generator.
 */
async function timeNoOp(
  devices: readonly Enrolled[],
  request: (device: Enrolled, index: number) => NoOpRequest,
  input: IngestInput,
): Promise<Rate> {
  const started = performance.now();
  const counts = await Promise.all(
    devices.map(async (device, index) => {
      const { path, init, status } = request(device, index);
      for (let i = 0; i < input.ceilingPerDevice; i++) {
        const response = await sendHttp(`${input.baseUrl}${path}`, { ...init, timeoutMs: input.timeoutMs });
        if (response.status !== status) throw new Error(`${path}: HTTP ${response.status}, not ${status}`);
      }
      return input.ceilingPerDevice;
    }),
  );
  return { wallMs: performance.now() - started, requests: counts.reduce((a, b) => a + b, 0) };
}

function nextRound(port: MessagePort): Promise<void> {
  return new Promise((resolve) =>
    port.once('message', (m: unknown) => {
      v.parse(NextRoundSchema, m);
      resolve();
    }),
  );
}

function send(port: MessagePort, message: IngestMessage): void {
  port.postMessage(message);
}

function checkReceipt(posted: Posted): void {
  if (posted.status !== 201)
    throw new Error(`a bundle was answered ${posted.status}: ${posted.text.slice(0, 300)}`);
  const parsed = v.safeParse(BundleAcceptedSchema, JSON.parse(posted.text));
  if (!parsed.success) throw new Error(`a 201 without a receipt: ${v.summarize(parsed.issues)}`);
}
