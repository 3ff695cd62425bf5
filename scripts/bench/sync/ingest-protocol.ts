/**
 * What the ingest bench and its load-generator worker say to each other, validated on both ends.
 * The run goes in rounds; each round posts the same bodies to Juri and to the bare endpoint, in
 * alternating order, so disk and CPU conditions on this shared machine fall on both alike.
 */
import * as v from 'valibot';

/** The device id the load generator enrolls as device `index`; the bare endpoint seeds the same rows. */
export const ingestDeviceId = (index: number): string => `bench-ingest-${String(index + 1).padStart(2, '0')}`;

export const IngestInputSchema = v.object({
  baseUrl: v.string(),
  /** The bare Hono + better-sqlite3 endpoint (bare-endpoint.ts) taking the same bodies. */
  bareUrl: v.string(),
  /** One enrollment code per simulated device. */
  codes: v.array(v.string()),
  bundlesPerDevice: v.number(),
  /** Bundles per device sent to both endpoints before the first round and not counted. */
  warmupPerDevice: v.number(),
  rounds: v.number(),
  /** Requests per device and per no-op route after the last round: the HTTP ceiling. */
  ceilingPerDevice: v.number(),
  /** Request timeout; a loopback request this slow means something is broken. */
  timeoutMs: v.number(),
});
export type IngestInput = v.InferOutput<typeof IngestInputSchema>;

/** Parent → worker: post the next round (or, after the last, the HTTP ceiling requests). */
export const NextRoundSchema = v.object({ type: v.literal('next') });

const RateSchema = v.object({ wallMs: v.number(), requests: v.number() });
export type Rate = v.InferOutput<typeof RateSchema>;

/** One endpoint's share of a round: from its first request sent to its last response read. */
const LegSchema = v.object({ wallMs: v.number(), latenciesMs: v.array(v.number()), accepted: v.number() });
export type Leg = v.InferOutput<typeof LegSchema>;

export const IngestMessageSchema = v.variant('type', [
  /** Every device enrolled and every bundle signed and chained, before any clock starts. */
  v.object({ type: v.literal('ready') }),
  v.object({ type: v.literal('round'), juri: LegSchema, bare: LegSchema }),
  /** The same load on routes that do no work: GET /api/health, and POSTs of the same bodies to an unrouted path. */
  v.object({ type: v.literal('ceiling'), get: RateSchema, post: RateSchema }),
]);
export type IngestMessage = v.InferOutput<typeof IngestMessageSchema>;
