/**
 * GET /api/health: `{ ok: true, time }`. Its own module (re-exported by api.ts) because the tablet's
 * connectivity probe runs on the first load, which must not carry the rest of the contract.
 */
import * as v from 'valibot';

export const HealthResponseSchema = v.object({ ok: v.literal(true), time: v.string() });
export type HealthResponse = v.InferOutput<typeof HealthResponseSchema>;
