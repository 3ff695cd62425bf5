/**
 * Bundles refused for a bad signature or a broken chain, kept for the organizer as evidence of what
 * came: the body's hash, size and first bytes, not the body itself (one run stored 6.7 MB of refused
 * bodies). Only the newest rows per device are kept, so a misbehaving tablet cannot fill the disk,
 * and it cannot push out the evidence about other devices either.
 */
import { createHash } from 'node:crypto';
import type { Db } from '#server/db.ts';

/** Characters of a refused body kept: enough to see what it was. */
export const REJECTION_HEAD_CHARS = 1024;
/** Refusals kept per device; older ones are deleted as new ones arrive. */
export const REJECTIONS_KEPT_PER_DEVICE = 200;

export interface Rejection {
  deviceId: string;
  bundleId: string;
  code: string;
  message: string;
  body: string;
  receivedAt: string;
}

export function createRejectionsStore(db: Db) {
  const insert = db.prepare<{
    deviceId: string;
    bundleId: string;
    code: string;
    message: string;
    sha256: string;
    bytes: number;
    head: string;
    receivedAt: string;
  }>(
    `INSERT INTO rejections (device_id, bundle_id, code, message, body_sha256, body_bytes, body_head, received_at)
     VALUES (@deviceId, @bundleId, @code, @message, @sha256, @bytes, @head, @receivedAt)`,
  );
  const prune = db.prepare<{ deviceId: string; keep: number }>(
    `DELETE FROM rejections WHERE device_id = @deviceId AND id <= (
       SELECT id FROM rejections WHERE device_id = @deviceId ORDER BY id DESC LIMIT 1 OFFSET @keep)`,
  );

  return {
    record(r: Rejection): void {
      insert.run({
        deviceId: r.deviceId,
        bundleId: r.bundleId,
        code: r.code,
        message: r.message,
        sha256: createHash('sha256').update(r.body).digest('hex'),
        bytes: Buffer.byteLength(r.body),
        head: headOf(r.body),
        receivedAt: r.receivedAt,
      });
      prune.run({ deviceId: r.deviceId, keep: REJECTIONS_KEPT_PER_DEVICE });
    },
  };
}

/** The first characters, never ending in half a surrogate pair (which SQLite would store as U+FFFD). */
function headOf(body: string): string {
  const head = body.slice(0, REJECTION_HEAD_CHARS);
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}
