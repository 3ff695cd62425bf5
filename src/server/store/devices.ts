/** Device credentials and each device's position in its hash chain. */
import type { Db } from '#server/db.ts';
import { type Device, type DeviceRow, toDevice } from '#server/store/rows.ts';
import type { DeviceInfo } from '#shared/admin-api.ts';

export interface Contact {
  lastSeenAt: string;
  appVersion: string | null;
  queueLength: number | null;
  packageVersion: number | null;
  packageProblem: string | null;
}

interface PresenceRow {
  last_seen_at: string | null;
  app_version: string | null;
  queue_length: number | null;
  package_version: number | null;
  package_problem: string | null;
}

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
  const contact = db.prepare<[Contact & { deviceId: string }]>(
    `UPDATE devices SET last_seen_at = @lastSeenAt, app_version = COALESCE(@appVersion, app_version),
       queue_length = COALESCE(@queueLength, queue_length), package_version = COALESCE(@packageVersion, package_version),
       package_problem = @packageProblem
     WHERE device_id = @deviceId`,
  );
  const ofEvent = db.prepare<[string], DeviceRow & PresenceRow>(
    'SELECT * FROM devices WHERE event_id = ? ORDER BY juror_id, enrolled_at',
  );

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
    /** What the tablet told about itself when it last called. */
    recordContact(deviceId: string, c: Contact): void {
      contact.run({ deviceId, ...c });
    },
    /** The event's tablets with what they last reported, for the organizer. */
    listOfEvent: (eventId: string): DeviceInfo[] =>
      ofEvent.all(eventId).map((row) => ({
        deviceId: row.device_id,
        jurorId: row.juror_id,
        enrolledAt: row.enrolled_at,
        revokedAt: row.revoked_at,
        lastSeenAt: row.last_seen_at,
        appVersion: row.app_version,
        queueLength: row.queue_length,
        packageVersion: row.package_version,
        packageProblem: row.package_problem,
      })),
  };
}
