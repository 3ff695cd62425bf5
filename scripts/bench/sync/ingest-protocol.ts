/** What the ingest bench hands its load-generator worker, and what the worker reports back. */
import * as v from 'valibot';
import { BundleReceiptSchema } from '#shared/bundle.ts';

export const IngestInputSchema = v.object({
  baseUrl: v.string(),
  /** One enrollment code per simulated device. */
  codes: v.array(v.string()),
  bundlesPerDevice: v.number(),
  /** Request timeout; a loopback request this slow means something is broken. */
  timeoutMs: v.number(),
});
export type IngestInput = v.InferOutput<typeof IngestInputSchema>;

export const IngestReportSchema = v.object({
  type: v.literal('done'),
  /** Signing and chaining every bundle before the clock starts. */
  buildMs: v.number(),
  /** From the first request sent to the last response read. */
  wallMs: v.number(),
  latenciesMs: v.array(v.number()),
  /** Every bundle as sent, with the server's receipt: the raw baseline inserts the same rows. */
  sent: v.array(v.object({ body: v.string(), receipt: BundleReceiptSchema })),
});
export type IngestReport = v.InferOutput<typeof IngestReportSchema>;
