/** Enrollment codes: single-use, expiring, one juror each. */
import type { Db } from '#server/db.ts';
import { type Enrollment, type EnrollmentRow, toEnrollment } from '#server/store/rows.ts';

export function createEnrollmentsStore(db: Db) {
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO enrollment_codes (code, event_id, juror_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const get = db.prepare<[string], EnrollmentRow>('SELECT * FROM enrollment_codes WHERE code = ?');
  const markUsed = db.prepare<[string, string, string]>(
    'UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code = ? AND used_at IS NULL',
  );
  const findOpen = db.prepare<[string, string, string], EnrollmentRow>(
    `SELECT * FROM enrollment_codes WHERE event_id = ? AND juror_id = ? AND used_at IS NULL AND expires_at > ?
     ORDER BY expires_at DESC LIMIT 1`,
  );
  // Codes are single-use; "expiring" an open code is setting its expiry to now, so it stops working.
  const expireOpen = db.prepare<[string, string, string, string]>(
    'UPDATE enrollment_codes SET expires_at = ? WHERE event_id = ? AND juror_id = ? AND used_at IS NULL AND expires_at > ?',
  );

  return {
    insert(e: Pick<Enrollment, 'code' | 'eventId' | 'jurorId' | 'createdAt' | 'expiresAt'>): void {
      insert.run(e.code, e.eventId, e.jurorId, e.createdAt, e.expiresAt);
    },
    get(code: string): Enrollment | undefined {
      const row = get.get(code);
      return row && toEnrollment(row);
    },
    /** Marks the code used; false when someone else used it first. */
    markUsed: (code: string, deviceId: string, at: string): boolean =>
      markUsed.run(at, deviceId, code).changes === 1,
    /** The latest unused code for a juror that is still valid at `now`. */
    findOpen(eventId: string, jurorId: string, now: string): Enrollment | undefined {
      const row = findOpen.get(eventId, jurorId, now);
      return row && toEnrollment(row);
    },
    /** Makes every open code of the juror stop working (a re-issued card replaces them). */
    expireOpen(eventId: string, jurorId: string, now: string): number {
      return expireOpen.run(now, eventId, jurorId, now).changes;
    },
  };
}
