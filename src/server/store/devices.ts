/** Device credentials and each device's position in its hash chain. */
import type { Db } from '#server/db.ts';
import { type Device, type DeviceRow, toDevice } from '#server/store/rows.ts';

export type NewCredential = Pick<
  Device,
  'deviceId' | 'eventId' | 'jurorId' | 'tokenHash' | 'secret' | 'nextSeq' | 'lastHash' | 'enrolledAt'
>;

/** Exported so the ingest benchmark's raw baseline runs the very statement the server runs. */
export const ADVANCE_DEVICE_SQL = 'UPDATE devices SET next_seq = ?, last_hash = ? WHERE device_id = ?';

export function createDevicesStore(db: Db) {
  const byToken = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ?');
  const byId = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE device_id = ?');
  // A re-enrolled device keeps its row (and so its chain) but gets a fresh, unrevoked credential.
  const upsert = db.prepare<[NewCredential]>(
    `INSERT INTO devices (device_id, event_id, juror_id, token_hash, secret, next_seq, last_hash, created_at, enrolled_at)
     VALUES (@deviceId, @eventId, @jurorId, @tokenHash, @secret, @nextSeq, @lastHash, @enrolledAt, @enrolledAt)
     ON CONFLICT(device_id) DO UPDATE SET event_id = @eventId, juror_id = @jurorId, token_hash = @tokenHash,
       secret = @secret, next_seq = @nextSeq, last_hash = @lastHash, enrolled_at = @enrolledAt, revoked_at = NULL`,
  );
  const revoke = db.prepare<[string, string]>(
    'UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL',
  );
  const advance = db.prepare<[number, string, string]>(ADVANCE_DEVICE_SQL);

  return {
    byTokenHash(tokenHash: string): Device | undefined {
      const row = byToken.get(tokenHash);
      return row && toDevice(row);
    },
    get(deviceId: string): Device | undefined {
      const row = byId.get(deviceId);
      return row && toDevice(row);
    },
    saveCredential(c: NewCredential): void {
      upsert.run(c);
    },
    /** Revokes the device's credential; false when it was already revoked. */
    revoke: (deviceId: string, at: string): boolean => revoke.run(at, deviceId).changes === 1,
    advance(deviceId: string, nextSeq: number, lastHash: string): void {
      advance.run(nextSeq, lastHash, deviceId);
    },
  };
}
