/**
 * What the ingest bench and its load-generator worker say to each other, validated on both ends.
 * The run goes in rounds so the parent can time raw inserts of each round's rows in between.
 */
import * as v from 'valibot';
import { BundleReceiptSchema } from '#shared/bundle.ts';

export const IngestInputSchema = v.object({
  baseUrl: v.string(),
  /** One enrollment code per simulated device. */
  codes: v.array(v.string()),
  bundlesPerDevice: v.number(),
  rounds: v.number(),
  /** Requests per device and per no-op route after the last round: the HTTP ceiling. */
  ceilingPerDevice: v.number(),
  /** Request timeout; a loopback request this slow means something is broken. */
  timeoutMs: v.number(),
});
export type IngestInput = v.InferOutput<typeof IngestInputSchema>;

/** Parent → worker: post the next round (or, after the last, the HTTP ceiling requests). */
export const NextRoundSchema = v.object({ type: v.literal('next') });

const SentSchema = v.object({ body: v.string(), receipt: BundleReceiptSchema });
export type Sent = v.InferOutput<typeof SentSchema>;

const RateSchema = v.object({ wallMs: v.number(), requests: v.number() });
export type Rate = v.InferOutput<typeof RateSchema>;

export const IngestMessageSchema = v.variant('type', [
  /** Every device enrolled and every bundle signed and chained, before any clock starts. */
  v.object({ type: v.literal('ready') }),
  v.object({
    type: v.literal('round'),
    /** From the round's first request sent to its last response read. */
    wallMs: v.number(),
    latenciesMs: v.array(v.number()),
    /** The round's bundles as sent, with their receipts: the raw baseline inserts the same rows. */
    sent: v.array(SentSchema),
  }),
  /** The same load on routes that do no work: GET /api/health, and POSTs of the same bodies to an unrouted path. */
  v.object({ type: v.literal('ceiling'), get: RateSchema, post: RateSchema }),
]);
export type IngestMessage = v.InferOutput<typeof IngestMessageSchema>;
