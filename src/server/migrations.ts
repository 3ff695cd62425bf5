/**
 * Numbered schema migrations, applied in order and recorded in schema_migrations. Never edit a shipped
 * migration: add the next number. bundles and changes are append-only evidence, enforced by triggers.
 * Numbering: 2–9 server hardening, 10–19 the organizer console, 30+ the revoked tablet's new
 * identity, 50–59 the berita acara; other ranges are reserved for work in other branches.
 */
export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        package TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE enrollment_codes (
        code TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        juror_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        device_id TEXT
      );
      CREATE INDEX enrollment_codes_juror ON enrollment_codes(event_id, juror_id);

      CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        juror_id TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        secret TEXT NOT NULL,
        revoked_at TEXT,
        next_seq INTEGER NOT NULL,
        last_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        enrolled_at TEXT NOT NULL
      );

      CREATE TABLE bundles (
        bundle_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES devices(device_id),
        event_id TEXT NOT NULL,
        juror_id TEXT NOT NULL,
        from_seq INTEGER NOT NULL,
        to_seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        body TEXT NOT NULL,
        receipt TEXT NOT NULL,
        received_at TEXT NOT NULL
      );

      CREATE TABLE changes (
        device_id TEXT NOT NULL REFERENCES devices(device_id),
        seq INTEGER NOT NULL,
        bundle_id TEXT NOT NULL REFERENCES bundles(bundle_id),
        event_id TEXT NOT NULL,
        juror_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        criterion_id TEXT,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT,
        PRIMARY KEY (device_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE sheets (
        event_id TEXT NOT NULL,
        juror_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        sheet TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (event_id, juror_id, team_id)
      ) WITHOUT ROWID;

      CREATE TABLE rejections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        device_id TEXT NOT NULL,
        bundle_id TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        body TEXT NOT NULL,
        received_at TEXT NOT NULL
      );

      CREATE TRIGGER bundles_no_update BEFORE UPDATE ON bundles BEGIN SELECT RAISE(ABORT, 'bundles are append-only'); END;
      CREATE TRIGGER bundles_no_delete BEFORE DELETE ON bundles BEGIN SELECT RAISE(ABORT, 'bundles are append-only'); END;
      CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes BEGIN SELECT RAISE(ABORT, 'changes are append-only'); END;
      CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes BEGIN SELECT RAISE(ABORT, 'changes are append-only'); END;
    `,
  },
  {
    // A sheet's audit trail moves to its own rows: a change rewrites the small sheet row and appends
    // one audit row, instead of rewriting (and re-parsing) a blob that grew with every reason.
    version: 2,
    sql: `
      CREATE TABLE sheet_audit (
        event_id TEXT NOT NULL,
        juror_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        entry TEXT NOT NULL,
        PRIMARY KEY (event_id, juror_id, team_id, position)
      ) WITHOUT ROWID;
      INSERT INTO sheet_audit (event_id, juror_id, team_id, position, entry)
        SELECT s.event_id, s.juror_id, s.team_id, CAST(a.key AS INTEGER), a.value
        FROM sheets s, json_each(s.sheet, '$.audit') a;
      ALTER TABLE sheets ADD COLUMN audit_count INTEGER NOT NULL DEFAULT 0;
      UPDATE sheets SET audit_count = json_array_length(sheet, '$.audit'), sheet = json_remove(sheet, '$.audit');
      CREATE TRIGGER sheet_audit_no_update BEFORE UPDATE ON sheet_audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER sheet_audit_no_delete BEFORE DELETE ON sheet_audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `,
  },
  {
    // A refused body is kept as evidence of what came, not in full: its hash, size and first bytes.
    // Rows from before keep their first bytes and size; their hash cannot be computed in SQL.
    version: 3,
    sql: `
      ALTER TABLE rejections RENAME TO rejections_before_v3;
      CREATE TABLE rejections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        device_id TEXT NOT NULL,
        bundle_id TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        body_sha256 TEXT,
        body_bytes INTEGER NOT NULL,
        body_head TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      INSERT INTO rejections (id, device_id, bundle_id, code, message, body_sha256, body_bytes, body_head, received_at)
        SELECT id, device_id, bundle_id, code, message, NULL, length(CAST(body AS BLOB)), substr(body, 1, 1024), received_at
        FROM rejections_before_v3;
      DROP TABLE rejections_before_v3;
      CREATE INDEX rejections_device ON rejections(device_id, id);
    `,
  },
  {
    // A device is bound to the code that enrolled it: the code remembers the chain position it handed
    // out, so the same device redeeming it again (its reply was lost) gets the same enrollment back.
    // A revoked device stays revoked, whatever later statement tries otherwise.
    version: 4,
    sql: `
      ALTER TABLE enrollment_codes ADD COLUMN handed_seq INTEGER;
      ALTER TABLE enrollment_codes ADD COLUMN handed_hash TEXT;
      ALTER TABLE enrollment_codes ADD COLUMN handed_continues INTEGER;
      ALTER TABLE devices ADD COLUMN enrollment_code TEXT;
      CREATE TRIGGER devices_stay_revoked BEFORE UPDATE OF revoked_at ON devices
        WHEN OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS NULL OR NEW.revoked_at <> OLD.revoked_at)
        BEGIN SELECT RAISE(ABORT, 'a revoked device stays revoked'); END;
      `,
  },
  // 10–19: the organizer console (issue 10); 2–9 hold the hardening work.
  {
    version: 10,
    sql: `
      ALTER TABLE events ADD COLUMN rubric_unlocked_at TEXT;
      ALTER TABLE events ADD COLUMN rubric_unlock_reason TEXT;

      ALTER TABLE devices ADD COLUMN last_seen_at TEXT;
      ALTER TABLE devices ADD COLUMN app_version TEXT;
      ALTER TABLE devices ADD COLUMN queue_length INTEGER;
      ALTER TABLE devices ADD COLUMN package_version INTEGER;
      ALTER TABLE devices ADD COLUMN package_problem TEXT;
      CREATE INDEX devices_event ON devices(event_id, juror_id);

      CREATE TABLE event_audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL REFERENCES events(id),
        at TEXT NOT NULL,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        summary TEXT NOT NULL,
        detail TEXT NOT NULL,
        reason TEXT,
        after_first_score INTEGER NOT NULL
      );
      CREATE INDEX event_audit_event ON event_audit(event_id, id);
      CREATE TRIGGER event_audit_no_update BEFORE UPDATE ON event_audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER event_audit_no_delete BEFORE DELETE ON event_audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `,
  },
  // 30+: a revoked tablet takes a new identity (enrollment.ts). The new device continues the revoked
  // one's chain from its final head: the code remembers which device it continued, no two enrollments
  // ever continue the same device (a second continuation could send the same changes twice), and the
  // head a continuation starts from is final.
  {
    version: 30,
    sql: `
      ALTER TABLE enrollment_codes ADD COLUMN handed_previous TEXT;
      CREATE UNIQUE INDEX enrollment_codes_continued ON enrollment_codes(handed_previous)
        WHERE handed_previous IS NOT NULL;
      CREATE TRIGGER devices_final_head BEFORE UPDATE OF next_seq, last_hash ON devices
        WHEN OLD.revoked_at IS NOT NULL AND (NEW.next_seq IS NOT OLD.next_seq OR NEW.last_hash IS NOT OLD.last_hash)
        BEGIN SELECT RAISE(ABORT, 'a revoked device keeps its final chain head'); END;
      `,
  },
  // 50–59: the berita acara (official minutes).
  {
    // Its settings live beside the event, not in the package: tablets never need them, and a signer's
    // NIP typed in must not publish a new package version to every tablet.
    version: 50,
    sql: `
      CREATE TABLE minutes_settings (
        event_id TEXT PRIMARY KEY REFERENCES events(id),
        settings TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
];
