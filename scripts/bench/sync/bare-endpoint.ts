/**
 * The floor the ingest rate is compared with: a bare Hono + better-sqlite3 endpoint on the same
 * @hono/node-server, taking the same request bodies and writing the same rows — the bundle (body as
 * received, receipt), one row per change, the touched sheet's score and the device's next_seq/last_hash
 * — with no checks at all (no schema, no signature, no chain, no replay), one IMMEDIATE transaction
 * per request. Its own statements, on a file opened and migrated by the server's openDatabase (same
 * tables, triggers, foreign keys, WAL, synchronous=FULL). What Juri does beyond this is all the
 * checking; and where requests arrive together it shares one COMMIT between them, which this does not.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { type Db, openDatabase } from '#server/db.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import type { EventPackage } from '#shared/event.ts';

export interface BareEndpoint {
  url: string;
  /** Throws unless the bare file holds the same bundles, changes, scores and chain heads as `file`. */
  assertSameRowsAs(file: string): void;
  close(): Promise<void>;
}

/** The fields the endpoint reads, trusted as they come: it is the floor without validation. */
interface BareBundle {
  bundleId: string;
  deviceId: string;
  eventId: string;
  jurorId: string;
  fromSeq: number;
  toSeq: number;
  changes: {
    seq: number;
    teamId: string;
    kind: string;
    criterionId: string | null;
    oldValue: unknown;
    newValue: unknown;
    at: string;
    reason?: string;
  }[];
}

export async function startBareEndpoint(
  pkg: EventPackage,
  deviceIds: readonly string[],
  jurorIds: readonly string[],
): Promise<BareEndpoint> {
  const dir = await mkdtemp(join(tmpdir(), 'juri-bench-bare-'));
  const file = join(dir, 'bare.sqlite');
  const db = openDatabase(file);
  seed(db, pkg, deviceIds, jurorIds);
  const write = statements(db);
  const app = new Hono();
  app.post('/api/bundles', async (c) => {
    const body = await c.req.text();
    const bundle: BareBundle = JSON.parse(body);
    const hash = createHash('sha256').update(body).digest('hex');
    const { bundleId, deviceId, fromSeq, toSeq } = bundle;
    const receipt = JSON.stringify({
      bundleId,
      deviceId,
      fromSeq,
      toSeq,
      hash,
      receivedAt: new Date().toISOString(),
    });
    write.immediate(bundle, body, hash, receipt);
    return c.body(`{"receipt":${receipt}}`, 201, { 'Content-Type': 'application/json' });
  });

  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
        resolve({ server, port: info.port }),
      );
    },
  );
  return {
    url: `http://127.0.0.1:${port}`,
    assertSameRowsAs(juriFile) {
      const juri = new Database(juriFile, { readonly: true });
      try {
        for (const [what, sql] of COMPARED) {
          const ours = JSON.stringify(db.prepare(sql).all());
          const theirs = JSON.stringify(juri.prepare(sql).all());
          if (ours !== theirs) throw new Error(`bare endpoint: ${what} differ from the server's`);
        }
      } finally {
        juri.close();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          void rm(dir, { recursive: true, force: true }).then(() => resolve());
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}

function statements(db: Db) {
  const insertBundle = db.prepare(
    `INSERT INTO bundles (bundle_id, device_id, event_id, juror_id, from_seq, to_seq, hash, body, receipt, received_at)
     VALUES (@bundleId, @deviceId, @eventId, @jurorId, @fromSeq, @toSeq, @hash, @body, @receipt, @receivedAt)`,
  );
  const insertChange = db.prepare(
    `INSERT INTO changes (device_id, seq, bundle_id, event_id, juror_id, team_id, kind, criterion_id, old_value, new_value, at, reason)
     VALUES (@deviceId, @seq, @bundleId, @eventId, @jurorId, @teamId, @kind, @criterionId, @oldValue, @newValue, @at, @reason)`,
  );
  // The score lands in the sheet's JSON without replaying anything: the bench's changes are scores.
  const upsertScore = db.prepare(
    `INSERT INTO sheets (event_id, juror_id, team_id, sheet, updated_at, audit_count)
     VALUES (@eventId, @jurorId, @teamId, json_object('scores', json_object(@criterionId, json(@newValue))), @at, 0)
     ON CONFLICT(event_id, juror_id, team_id) DO UPDATE
       SET sheet = json_set(sheet, '$.scores."' || @criterionId || '"', json(@newValue)), updated_at = @at`,
  );
  const advance = db.prepare(
    'UPDATE devices SET next_seq = @nextSeq, last_hash = @hash WHERE device_id = @deviceId',
  );
  return db.transaction((bundle: BareBundle, body: string, hash: string, receipt: string) => {
    const { bundleId, deviceId, eventId, jurorId } = bundle;
    insertBundle.run({ ...pick(bundle), hash, body, receipt, receivedAt: new Date().toISOString() });
    for (const c of bundle.changes) {
      const newValue = JSON.stringify(c.newValue);
      insertChange.run({
        deviceId,
        seq: c.seq,
        bundleId,
        eventId,
        jurorId,
        teamId: c.teamId,
        kind: c.kind,
        criterionId: c.criterionId,
        oldValue: JSON.stringify(c.oldValue),
        newValue,
        at: c.at,
        reason: c.reason ?? null,
      });
      upsertScore.run({ eventId, jurorId, teamId: c.teamId, criterionId: c.criterionId, newValue, at: c.at });
    }
    advance.run({ nextSeq: bundle.toSeq + 1, hash, deviceId });
  });
}

function pick({ bundleId, deviceId, eventId, jurorId, fromSeq, toSeq }: BareBundle) {
  return { bundleId, deviceId, eventId, jurorId, fromSeq, toSeq };
}

/** The event and one device row per bench device, as enrollment leaves them (the foreign keys need them). */
function seed(db: Db, pkg: EventPackage, deviceIds: readonly string[], jurorIds: readonly string[]): void {
  const at = new Date().toISOString();
  db.prepare('INSERT INTO events (id, package, created_at) VALUES (?, ?, ?)').run(
    pkg.event.id,
    JSON.stringify(pkg),
    at,
  );
  const device = db.prepare(
    `INSERT INTO devices (device_id, event_id, juror_id, token_hash, secret, next_seq, last_hash, created_at, enrolled_at)
     VALUES (?, ?, ?, ?, 'bare', 1, ?, ?, ?)`,
  );
  for (const [i, deviceId] of deviceIds.entries())
    device.run(deviceId, pkg.event.id, jurorIds[i] ?? '', `bare-${deviceId}`, GENESIS_HASH, at, at);
}

const COMPARED: readonly (readonly [string, string])[] = [
  [
    'bundles',
    'SELECT bundle_id, device_id, event_id, juror_id, from_seq, to_seq, hash, body FROM bundles ORDER BY bundle_id',
  ],
  ['changes', 'SELECT * FROM changes ORDER BY device_id, seq'],
  [
    'scores',
    "SELECT event_id, juror_id, team_id, json_extract(sheet, '$.scores') AS scores FROM sheets ORDER BY event_id, juror_id, team_id",
  ],
  ['devices', 'SELECT device_id, next_seq, last_hash FROM devices ORDER BY device_id'],
];
