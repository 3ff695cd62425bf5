/**
 * Sync bookkeeping that must survive a reload (meta key 'syncStatus'): when the server last confirmed
 * a bundle, and the last problem in a form the UI can put into plain words.
 */
import * as v from 'valibot';
import { db } from '#app/db/database.ts';

const SYNC_STATUS = 'syncStatus';

/** Problems that fix themselves once the network or the server is back: shown calm and grey. */
export const TRANSIENT_PROBLEMS = ['offline', 'timeout', 'server_error', 'not_json', 'rate_limited'] as const;
/** Problems only a person can fix (the panitia, usually): shown red; retrying stops until then. */
export const BLOCKING_PROBLEMS = [
  'revoked',
  'forbidden',
  'conflict',
  'sequence_gap',
  'rejected',
  'foreign_change',
] as const;

const SyncProblemSchema = v.object({
  code: v.picklist([...TRANSIENT_PROBLEMS, ...BLOCKING_PROBLEMS]),
  at: v.string(),
  /** The server's own words (or HTTP status), kept for the panitia; the juror sees the plain text. */
  detail: v.optional(v.string()),
  expectedSeq: v.optional(v.number()),
});
export type SyncProblem = v.InferOutput<typeof SyncProblemSchema>;
export type SyncProblemCode = SyncProblem['code'];

const SyncStatusSchema = v.object({
  lastSuccessAt: v.nullable(v.string()),
  problem: v.nullable(SyncProblemSchema),
  /** When the server last showed it holds this tablet's chain up to its head (a delivery, or a check). */
  headCheckedAt: v.optional(v.nullable(v.string()), null),
});
export type SyncStatus = v.InferOutput<typeof SyncStatusSchema>;

const EMPTY: SyncStatus = { lastSuccessAt: null, problem: null, headCheckedAt: null };

export function isBlockingProblem(code: SyncProblemCode): boolean {
  return (BLOCKING_PROBLEMS as readonly string[]).includes(code);
}

export async function getSyncStatus(): Promise<SyncStatus> {
  const parsed = v.safeParse(SyncStatusSchema, (await db.meta.get(SYNC_STATUS))?.value);
  return parsed.success ? parsed.output : EMPTY;
}

/** The server confirmed everything this pass sent. */
export async function recordSyncSuccess(at: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({
      key: SYNC_STATUS,
      value: { ...(await getSyncStatus()), lastSuccessAt: at, headCheckedAt: at, problem: null },
    });
  });
}

/** The server answered for the chain's head without anything new being sent. */
export async function recordHeadChecked(at: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: SYNC_STATUS, value: { ...(await getSyncStatus()), headCheckedAt: at } });
  });
}

export async function recordSyncProblem(problem: SyncProblem): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: SYNC_STATUS, value: { ...(await getSyncStatus()), problem } });
  });
}

export async function clearSyncProblem(): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: SYNC_STATUS, value: { ...(await getSyncStatus()), problem: null } });
  });
}
