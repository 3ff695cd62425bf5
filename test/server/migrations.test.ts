/**
 * Migrations 2–4 carry a database written by the previous version forward without losing anything:
 * a sheet's audit trail moves into rows of its own (and reads back the same), a refused body shrinks
 * to its first bytes and size, and existing codes and devices keep working.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, migrate } from '#server/db.ts';
import { MIGRATIONS } from '#server/migrations.ts';
import { createStore } from '#server/store/index.ts';
import { REJECTION_HEAD_CHARS } from '#server/store/rejections.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import type { ScoreSheet } from '#shared/sheet.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

let dir: string;
let db: Db;
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A file as version 1 of the server left it. */
function versionOneDatabase(): Db {
  dir = mkdtempSync(join(tmpdir(), 'juri-migrate-'));
  db = new Database(join(dir, 'juri.sqlite'));
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  db.exec(MIGRATIONS[0]?.sql ?? '');
  db.prepare('INSERT INTO schema_migrations VALUES (1, ?)').run('2021-03-15T00:00:00.000Z');
  return db;
}

const sheet: ScoreSheet = {
  eventId: 'kipp-malang-2021',
  jurorId: 'juri-1',
  teamId: 'dispendukcapil',
  status: 'final',
  scores: { kebaruan: 9, efektif: 7 },
  notes: { kebaruan: 'Sangat baru' },
  comment: 'Layak tiga besar',
  coiReason: null,
  updatedAt: '2021-03-16T03:00:00.000Z',
  lastSeq: 5,
  audit: [
    {
      seq: 4,
      at: '2021-03-16T02:00:00.000Z',
      kind: 'score',
      criterionId: 'kebaruan',
      oldValue: 8,
      newValue: 9,
      reason: 'Setelah tanya jawab',
    },
    {
      seq: 5,
      at: '2021-03-16T03:00:00.000Z',
      kind: 'comment',
      criterionId: null,
      oldValue: '',
      newValue: 'Layak tiga besar',
      reason: 'Catatan panel',
    },
  ],
};

describe('migrating a version 1 database', () => {
  it('keeps every sheet whole, its audit trail now in rows of its own', () => {
    const old = versionOneDatabase();
    const pkg = makeSmallEvent();
    old.prepare('INSERT INTO events VALUES (?, ?, ?)').run(pkg.event.id, JSON.stringify(pkg), 'x');
    old
      .prepare('INSERT INTO sheets VALUES (?, ?, ?, ?, ?)')
      .run(sheet.eventId, sheet.jurorId, sheet.teamId, JSON.stringify(sheet), sheet.updatedAt);

    migrate(old);

    const store = createStore(old);
    expect(store.sheets.list(sheet.eventId)).toEqual([sheet]);
    expect(store.sheets.get(sheet.eventId, sheet.jurorId, sheet.teamId)).toEqual({
      sheet: { ...sheet, audit: [] },
      auditCount: 2,
    });
    expect(old.prepare("SELECT json_type(sheet, '$.audit') FROM sheets").pluck().get()).toBeNull();
  });

  it('shrinks refused bodies to their first bytes and size, keeping who, what and when', () => {
    const old = versionOneDatabase();
    const body = `{"note":"${'é'.repeat(5000)}"}`;
    old
      .prepare(
        'INSERT INTO rejections (device_id, bundle_id, code, message, body, received_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run('tablet-1', 'b-1', 'bad_signature', 'signature does not match', body, '2021-03-16T02:00:00.000Z');

    migrate(old);

    const row = old.prepare('SELECT * FROM rejections').get();
    expect(row).toMatchObject({
      device_id: 'tablet-1',
      bundle_id: 'b-1',
      code: 'bad_signature',
      body_sha256: null,
      body_bytes: Buffer.byteLength(body),
      body_head: body.slice(0, REJECTION_HEAD_CHARS),
      received_at: '2021-03-16T02:00:00.000Z',
    });
  });

  it('keeps open codes redeemable and devices usable', () => {
    const old = versionOneDatabase();
    const pkg = makeSmallEvent();
    old.prepare('INSERT INTO events VALUES (?, ?, ?)').run(pkg.event.id, JSON.stringify(pkg), 'x');
    old
      .prepare(
        'INSERT INTO enrollment_codes (code, event_id, juror_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run('ABCDEFGH', pkg.event.id, 'juri-1', '2021-03-15T00:00:00.000Z', '2099-01-01T00:00:00.000Z');
    old
      .prepare(
        `INSERT INTO devices (device_id, event_id, juror_id, token_hash, secret, next_seq, last_hash, created_at, enrolled_at)
       VALUES ('tablet-0001-old', ?, 'juri-1', 'hash', 'secret', 3, ?, 'x', 'x')`,
      )
      .run(pkg.event.id, GENESIS_HASH);

    migrate(old);

    const store = createStore(old);
    expect(store.enrollments.get('ABCDEFGH')).toMatchObject({
      usedAt: null,
      handedSeq: null,
      handedContinues: false,
    });
    expect(store.devices.get('tablet-0001-old')).toMatchObject({
      nextSeq: 3,
      revokedAt: null,
      enrollmentCode: null,
    });
  });
});
