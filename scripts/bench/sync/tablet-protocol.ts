/** What the full-event bench and its tablet workers say to each other, validated on both ends. */
import * as v from 'valibot';

export const TabletInputSchema = v.object({
  baseUrl: v.string(),
  code: v.string(),
  scores: v.array(v.object({ teamId: v.string(), criterionId: v.string(), value: v.number() })),
  /** Bounds the sync loop: a tablet that needs more passes than this has a problem worth reporting. */
  maxPasses: v.number(),
});
export type TabletInput = v.InferOutput<typeof TabletInputSchema>;

/** Parent → tablet: every tablet has saved its scores; start syncing now. */
export const GoSchema = v.object({ type: v.literal('go') });

export const TabletMessageSchema = v.variant('type', [
  v.object({ type: v.literal('saved'), changes: v.number(), saveMs: v.number() }),
  v.object({
    type: v.literal('synced'),
    syncMs: v.number(),
    passes: v.number(),
    /** POST /api/bundles requests the client made, and how many were answered 201. */
    uploads: v.number(),
    created: v.number(),
    /** Of syncMs, the time spent waiting for the server's answers to those uploads. */
    uploadMs: v.number(),
  }),
]);
export type TabletMessage = v.InferOutput<typeof TabletMessageSchema>;
