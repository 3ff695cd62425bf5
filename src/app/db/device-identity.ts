/**
 * The device ids this tablet had before its current one (meta key 'deviceHistory', oldest first). The
 * server binds a device id to its credential and a revoked device stays revoked for good, so a tablet
 * the panitia revoked takes a new id to enroll again. The old id is kept, not forgotten: its bundles
 * carry it, the next enrollment names it so the server can continue its chain, and the status screen
 * shows it with what the server said about it.
 */
import * as v from 'valibot';
import { db } from '#app/db/database.ts';
import { DEVICE_ID, newDeviceId } from '#app/db/meta-repo.ts';

const HISTORY = 'deviceHistory';

const RetiredDeviceSchema = v.object({
  deviceId: v.string(),
  /** When the server answered device_revoked and the tablet took a new id. */
  retiredAt: v.string(),
  /**
   * Set when a later enrollment continued this device's chain: where the server said it ended, and
   * whether this tablet's bundles agree ('matched') or not ('mismatch': nothing was taken as delivered).
   */
  finalHead: v.optional(
    v.object({
      nextSeq: v.number(),
      lastHash: v.string(),
      check: v.picklist(['matched', 'mismatch']),
      /** For the panitia: which bundle disagreed. */
      reason: v.optional(v.string()),
      at: v.string(),
    }),
  ),
});
export type RetiredDevice = v.InferOutput<typeof RetiredDeviceSchema>;
export type FinalHeadRecord = NonNullable<RetiredDevice['finalHead']>;
export type HeadCheck = FinalHeadRecord['check'];

/** The retired ids, oldest first; safe inside a transaction that includes db.meta. */
export async function readDeviceHistory(): Promise<RetiredDevice[]> {
  const parsed = v.safeParse(v.array(RetiredDeviceSchema), (await db.meta.get(HISTORY))?.value);
  return parsed.success ? parsed.output : [];
}

/**
 * The server refused `revoked` for good: the tablet takes a new id and keeps `revoked` in its history.
 * Returns the id to use now (the current one, when another tab renewed it already).
 */
export async function retireDeviceId(revoked: string, at = new Date().toISOString()): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const current = (await db.meta.get(DEVICE_ID))?.value;
    if (typeof current === 'string' && current !== revoked) return current;
    const renewed = newDeviceId();
    const history = await readDeviceHistory();
    await db.meta.put({ key: HISTORY, value: [...history, { deviceId: revoked, retiredAt: at }] });
    await db.meta.put({ key: DEVICE_ID, value: renewed });
    return renewed;
  });
}

/**
 * The id to name as the previous device while `deviceId` has not been enrolled on this tablet yet:
 * the one retired last, which `deviceId` replaced.
 */
export async function previousDeviceId(deviceId: string, enrolledDeviceId: string | undefined) {
  if (enrolledDeviceId === deviceId) return undefined;
  return (await readDeviceHistory()).at(-1)?.deviceId;
}

/** Records what the server said about a retired device's end; call inside a transaction with db.meta. */
export async function recordFinalHead(deviceId: string, head: FinalHeadRecord): Promise<void> {
  const history = await readDeviceHistory();
  await db.meta.put({
    key: HISTORY,
    value: history.map((entry) => (entry.deviceId === deviceId ? { ...entry, finalHead: head } : entry)),
  });
}
