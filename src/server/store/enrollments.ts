/** Enrollment codes: single-use, expiring, one juror each; a used code remembers what it handed out. */
import type { Db } from '#server/db.ts';
import { type Enrollment, type EnrollmentRow, toEnrollment } from '#server/store/rows.ts';

export interface Redemption {
  code: string;
  deviceId: string;
  at: string;
  /** The chain position handed to the device: where its next bundle must start, and its prevHash. */
  handedSeq: number;
  handedHash: string;
  /** 1 when handedSeq continues the same juror's log, 0 when it started at the tablet's firstSeq. */
  handedContinues: 0 | 1;
  /** The revoked device whose final head this redemption continued, or null. */
  handedPrevious: string | null;
}

export function createEnrollmentsStore(db: Db) {
  const insert = db.prepare<Pick<Enrollment, 'code' | 'eventId' | 'jurorId' | 'createdAt' | 'expiresAt'>>(
    `INSERT INTO enrollment_codes (code, event_id, juror_id, created_at, expires_at)
     VALUES (@code, @eventId, @jurorId, @createdAt, @expiresAt)`,
  );
  const get = db.prepare<{ code: string }, EnrollmentRow>(
    'SELECT * FROM enrollment_codes WHERE code = @code',
  );
  const redeem = db.prepare<Redemption>(
    `UPDATE enrollment_codes SET used_at = @at, device_id = @deviceId, handed_seq = @handedSeq, handed_hash = @handedHash,
       handed_continues = @handedContinues, handed_previous = @handedPrevious
     WHERE code = @code AND (used_at IS NULL OR device_id = @deviceId)`,
  );
  const findOpen = db.prepare<{ eventId: string; jurorId: string; now: string }, EnrollmentRow>(
    `SELECT * FROM enrollment_codes WHERE event_id = @eventId AND juror_id = @jurorId AND used_at IS NULL AND expires_at > @now
     ORDER BY expires_at DESC LIMIT 1`,
  );
  const continuing = db.prepare<{ deviceId: string }, { code: string }>(
    'SELECT code FROM enrollment_codes WHERE handed_previous = @deviceId',
  );
  // Codes are single-use; "expiring" an open code is setting its expiry to now, so it stops working.
  const expireOpen = db.prepare<[string, string, string, string]>(
    'UPDATE enrollment_codes SET expires_at = ? WHERE event_id = ? AND juror_id = ? AND used_at IS NULL AND expires_at > ?',
  );

  return {
    insert(e: Pick<Enrollment, 'code' | 'eventId' | 'jurorId' | 'createdAt' | 'expiresAt'>): void {
      insert.run({
        code: e.code,
        eventId: e.eventId,
        jurorId: e.jurorId,
        createdAt: e.createdAt,
        expiresAt: e.expiresAt,
      });
    },
    get(code: string): Enrollment | undefined {
      const row = get.get({ code });
      return row && toEnrollment(row);
    },
    /**
     * Marks the code used by `deviceId` with the chain position it handed out; false when another
     * device used it first. The same device may redeem again (a retry after a lost reply).
     */
    markUsed: (r: Redemption): boolean => redeem.run(r).changes === 1,
    /** The code whose redemption continued the revoked `deviceId`'s chain, if one did (at most one can). */
    continuedBy(deviceId: string): string | undefined {
      return continuing.get({ deviceId })?.code;
    },
    /** The latest unused code for a juror that is still valid at `now`. */
    findOpen(eventId: string, jurorId: string, now: string): Enrollment | undefined {
      const row = findOpen.get({ eventId, jurorId, now });
      return row && toEnrollment(row);
    },
    /** Makes every open code of the juror stop working (a re-issued card replaces them). */
    expireOpen(eventId: string, jurorId: string, now: string): number {
      return expireOpen.run(now, eventId, jurorId, now).changes;
    },
  };
}
