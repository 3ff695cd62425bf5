/**
 * The floor the ingest rate is compared with: better-sqlite3 writing exactly the rows one accepted
 * bundle makes the server write — the bundle row (body as received, receipt), one row per change,
 * the upsert of each touched sheet with its JSON, and the device's next_seq/last_hash — through the
 * server's own SQL, on a file opened and migrated by the server's openDatabase (same tables, indexes,
 * triggers, foreign keys, WAL, synchronous=FULL), one IMMEDIATE transaction per bundle. Everything
 * else the server does (HTTP, JSON parsing, validation, crypto, reads, replay) is done before the clock.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as v from 'valibot';
import { openDatabase } from '#server/db.ts';
import { replayChanges } from '#server/materialise.ts';
import {
  bundleParams,
  changeParams,
  INSERT_BUNDLE_SQL,
  INSERT_CHANGE_SQL,
  type InsertBundleParams,
  type InsertChangeParams,
} from '#server/store/bundles.ts';
import { ADVANCE_DEVICE_SQL } from '#server/store/devices.ts';
import { createStore } from '#server/store/index.ts';
import { UPSERT_SHEET_SQL } from '#server/store/sheets.ts';
import { type BundleReceipt, GENESIS_HASH, ScoreBundleSchema } from '#shared/bundle.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

type BundleParams = InsertBundleParams;
type ChangeParams = InsertChangeParams;
type SheetParams = [string, string, string, string, string];
type DeviceParams = [number, string, string];

/** One bundle's writes, every value already computed. */
export interface RawRow {
  bundle: BundleParams;
  changes: ChangeParams[];
  sheets: SheetParams[];
  device: DeviceParams;
}

export interface RawStore {
  /** Turns bundles as sent (and their receipts) into the rows the server wrote; not timed. */
  prepare(sent: readonly { body: string; receipt: BundleReceipt }[]): RawRow[];
  /** Writes `rows`, one transaction per bundle; returns the elapsed milliseconds. */
  timeInserts(rows: readonly RawRow[]): number;
  /** Throws unless the raw file holds the same bundles, changes, sheets and chain positions as `file`. */
  assertSameRowsAs(file: string): void;
  close(): Promise<void>;
}

export async function openRawStore(pkg: EventPackage): Promise<RawStore> {
  const dir = await mkdtemp(join(tmpdir(), 'juri-bench-raw-'));
  const file = join(dir, 'raw.sqlite');
  const db = openDatabase(file);
  const store = createStore(db);
  store.events.put(pkg, new Date().toISOString());
  const sheets = new Map<string, ScoreSheet>();
  const seeded = new Set<string>();

  const insertBundle = db.prepare<BundleParams>(INSERT_BUNDLE_SQL);
  const insertChange = db.prepare<ChangeParams>(INSERT_CHANGE_SQL);
  const upsertSheet = db.prepare<SheetParams>(UPSERT_SHEET_SQL);
  const advanceDevice = db.prepare<DeviceParams>(ADVANCE_DEVICE_SQL);
  const write = db.transaction((row: RawRow) => {
    insertBundle.run(...row.bundle);
    for (const c of row.changes) insertChange.run(...c);
    for (const s of row.sheets) upsertSheet.run(...s);
    advanceDevice.run(...row.device);
  });

  /** The device row the foreign keys need, as enrollment would have left it. */
  const seedDevice = (deviceId: string, eventId: string, jurorId: string) => {
    if (seeded.has(deviceId)) return;
    store.devices.saveCredential({
      deviceId,
      eventId,
      jurorId,
      tokenHash: `raw-${deviceId}`,
      secret: 'raw',
      nextSeq: 1,
      lastHash: GENESIS_HASH,
      enrolledAt: new Date().toISOString(),
    });
    seeded.add(deviceId);
  };

  return {
    prepare(sent) {
      return sent.map(({ body, receipt }): RawRow => {
        const bundle = v.parse(ScoreBundleSchema, JSON.parse(body));
        const { bundleId, deviceId, eventId, jurorId, toSeq } = bundle;
        seedDevice(deviceId, eventId, jurorId);
        const replay = replayChanges(pkg, (e, j, t) => sheets.get(`${e}/${j}/${t}`), bundle.changes);
        if (!replay.ok) throw new Error(`raw baseline: ${replay.failure.message}`);
        for (const s of replay.sheets) sheets.set(`${s.eventId}/${s.jurorId}/${s.teamId}`, s);
        return {
          bundle: bundleParams(bundle, body, receipt),
          changes: bundle.changes.map((c) => changeParams(bundleId, deviceId, c)),
          sheets: replay.sheets.map((s) => [s.eventId, s.jurorId, s.teamId, JSON.stringify(s), s.updatedAt]),
          device: [toSeq + 1, receipt.hash, deviceId],
        };
      });
    },
    timeInserts(rows) {
      const started = performance.now();
      for (const row of rows) write.immediate(row);
      return performance.now() - started;
    },
    assertSameRowsAs(serverFile) {
      const server = new Database(serverFile, { readonly: true });
      try {
        for (const [what, sql] of COMPARED) {
          const ours = JSON.stringify(db.prepare(sql).all());
          const theirs = JSON.stringify(server.prepare(sql).all());
          if (ours !== theirs) throw new Error(`raw baseline: ${what} differ from the server's`);
        }
      } finally {
        server.close();
      }
    },
    close: async () => {
      db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const COMPARED: readonly (readonly [string, string])[] = [
  [
    'bundles',
    'SELECT bundle_id, device_id, event_id, juror_id, from_seq, to_seq, hash, body, receipt, received_at FROM bundles ORDER BY bundle_id',
  ],
  ['changes', 'SELECT * FROM changes ORDER BY device_id, seq'],
  ['sheets', 'SELECT * FROM sheets ORDER BY event_id, juror_id, team_id'],
  ['devices', 'SELECT device_id, next_seq, last_hash FROM devices ORDER BY device_id'],
];
