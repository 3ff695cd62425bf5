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

/**
 * Who a bearer token belongs to: what every tablet request needs before its body is read. Not the
 * chain position — that is read again inside the bundle's transaction.
 */
export type Credential = Readonly<
  Pick<Device, 'deviceId' | 'eventId' | 'jurorId' | 'tokenHash' | 'secret' | 'revokedAt'>
>;

/** Where a device's hash chain stands and whom it speaks for: what judging its next bundle reads. */
export type ChainHead = Pick<
  Device,
  'deviceId' | 'eventId' | 'jurorId' | 'tokenHash' | 'revokedAt' | 'nextSeq' | 'lastHash'
>;

export type NewCredential = Pick<
  Device,
  | 'deviceId'
  | 'eventId'
  | 'jurorId'
  | 'tokenHash'
  | 'secret'
  | 'nextSeq'
  | 'lastHash'
  | 'enrolledAt'
  | 'enrollmentCode'
>;

export function createDevicesStore(db: Db) {
  const byToken = db.prepare<{ tokenHash: string }, DeviceRow>(
    'SELECT * FROM devices WHERE token_hash = @tokenHash',
  );
  const byId = db.prepare<{ deviceId: string }, DeviceRow>(
    'SELECT * FROM devices WHERE device_id = @deviceId',
  );
  // Every bundle reads this: only the columns it needs (a whole row costs twice as much to read).
  const head = db.prepare<
    [string],
    Pick<
      DeviceRow,
      'device_id' | 'event_id' | 'juror_id' | 'token_hash' | 'revoked_at' | 'next_seq' | 'last_hash'
    >
  >(
    'SELECT device_id, event_id, juror_id, token_hash, revoked_at, next_seq, last_hash FROM devices WHERE device_id = ?',
  );
  // A re-enrolled device keeps its row (and so its chain) and gets a fresh credential — never a
  // revoked one: the WHERE leaves a revoked row as it is (and a trigger stops any un-revoking).
  const upsert = db.prepare<NewCredential>(
    `INSERT INTO devices (device_id, event_id, juror_id, token_hash, secret, next_seq, last_hash, created_at, enrolled_at, enrollment_code)
     VALUES (@deviceId, @eventId, @jurorId, @tokenHash, @secret, @nextSeq, @lastHash, @enrolledAt, @enrolledAt, @enrollmentCode)
     ON CONFLICT(device_id) DO UPDATE SET event_id = @eventId, juror_id = @jurorId, token_hash = @tokenHash,
       secret = @secret, next_seq = @nextSeq, last_hash = @lastHash, enrolled_at = @enrolledAt,
       enrollment_code = @enrollmentCode
     WHERE devices.revoked_at IS NULL`,
  );
  const revoke = db.prepare<{ deviceId: string; at: string }>(
    'UPDATE devices SET revoked_at = @at WHERE device_id = @deviceId AND revoked_at IS NULL',
  );
  const advance = db.prepare<{ deviceId: string; nextSeq: number; lastHash: string }>(
    'UPDATE devices SET next_seq = @nextSeq, last_hash = @lastHash WHERE device_id = @deviceId',
  );
  const contact = db.prepare<[Contact & { deviceId: string }]>(
    `UPDATE devices SET last_seen_at = @lastSeenAt, app_version = COALESCE(@appVersion, app_version),
       queue_length = COALESCE(@queueLength, queue_length), package_version = COALESCE(@packageVersion, package_version),
       package_problem = @packageProblem
     WHERE device_id = @deviceId`,
  );
  const ofEvent = db.prepare<[string], DeviceRow & PresenceRow>(
    'SELECT * FROM devices WHERE event_id = ? ORDER BY juror_id, enrolled_at',
  );

  // Every tablet request looks its token up; credentials change only through saveCredential and
  // revoke below, which empty the cache (emptying is always safe, even if their transaction rolls
  // back). Nothing read inside an open transaction is cached: it might never be committed. The cache
  // belongs to this store, so credentials must be written through the one store the app serves from
  // (createApp makes it); another store on the same connection would not empty this one.
  const credentials = new Map<string, Credential>();

  return {
    credential(tokenHash: string): Credential | undefined {
      const cached = credentials.get(tokenHash);
      if (cached) return cached;
      const row = byToken.get({ tokenHash });
      if (!row) return undefined;
      const { deviceId, eventId, jurorId, secret, revokedAt } = toDevice(row);
      // One object serves every request with this token: frozen, so none can change it for the others.
      const credential: Credential = Object.freeze({
        deviceId,
        eventId,
        jurorId,
        tokenHash,
        secret,
        revokedAt,
      });
      if (!db.inTransaction) credentials.set(tokenHash, credential);
      return credential;
    },
    get(deviceId: string): Device | undefined {
      const row = byId.get({ deviceId });
      return row && toDevice(row);
    },
    chainHead(deviceId: string): ChainHead | undefined {
      const row = head.get(deviceId);
      return (
        row && {
          deviceId: row.device_id,
          eventId: row.event_id,
          jurorId: row.juror_id,
          tokenHash: row.token_hash,
          revokedAt: row.revoked_at,
          nextSeq: row.next_seq,
          lastHash: row.last_hash,
        }
      );
    },
    /** Creates the device or gives it a new credential; false when it is revoked (nothing written). */
    saveCredential(c: NewCredential): boolean {
      credentials.clear();
      return upsert.run(c).changes === 1;
    },
    /** Revokes the device's credential; false when it was already revoked. */
    revoke(deviceId: string, at: string): boolean {
      credentials.clear();
      return revoke.run({ deviceId, at }).changes === 1;
    },
    advance(deviceId: string, nextSeq: number, lastHash: string): void {
      advance.run({ deviceId, nextSeq, lastHash });
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
