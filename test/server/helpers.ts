/**
 * A real server on a temporary SQLite file, driven through `app.request()`, plus builders for
 * enrollments and signed bundles. Each test gets its own database and a clock it controls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import * as v from 'valibot';
import { type AppOptions, createApp } from '#server/app.ts';
import { type Db, openDatabase } from '#server/db.ts';
import { seedDatabase } from '#server/seed.ts';
import {
  ApiErrorSchema,
  BundleAcceptedSchema,
  type EnrollResponse,
  EnrollResponseSchema,
  EventSheetsResponseSchema,
} from '#shared/api.ts';
import { BUNDLE_VERSION, GENESIS_HASH, type ScoreBundle, signBundle } from '#shared/bundle.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

export const ORGANIZER = 'organizer-test-token';
export const EVENT_ID = 'kipp-malang-2021';
export const JUROR = 'juri-1';
export const OTHER_JUROR = 'juri-2';
export const START = new Date('2021-03-16T01:30:00.000Z');

export interface TestServer {
  app: Hono;
  db: Db;
  file: string;
  pkg: EventPackage;
  clock: { now: Date; advance(ms: number): void };
  cleanup(): void;
}

export function createTestServer(
  options: Pick<
    AppOptions,
    'rateLimit' | 'maxBodyBytes' | 'trustProxy' | 'publicUrl' | 'enrollGuard' | 'organizerLimits'
  > = {},
): TestServer {
  const dir = mkdtempSync(join(tmpdir(), 'juri-server-'));
  const file = join(dir, 'juri.sqlite');
  const db = openDatabase(file);
  const pkg = makeSmallEvent();
  const clock = {
    now: START,
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  seedDatabase(db, { pkg, organizerToken: ORGANIZER, now: START });
  const app = createApp({
    ...options,
    db,
    now: () => clock.now,
    rateLimit: options.rateLimit ?? false,
    // The test clock stands still, so a request budget would never refill: off unless a test asks.
    organizerLimits: options.organizerLimits ?? false,
  });
  return {
    app,
    db,
    file,
    pkg,
    clock,
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const organizerHeaders = { Authorization: `Bearer ${ORGANIZER}`, 'Content-Type': 'application/json' };

export function postJson(
  app: Hono,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Issues a code through the organizer API and returns it. */
export async function issueCode(app: Hono, jurorId = JUROR): Promise<string> {
  const res = await postJson(app, '/api/admin/enrollments', { jurorId, eventId: EVENT_ID }, organizerHeaders);
  if (res.status !== 201) throw new Error(`issue code: ${res.status} ${await res.text()}`);
  return v.parse(v.object({ code: v.string() }), await res.json()).code;
}

let deviceCounter = 0;
export const newDeviceId = (): string => `tablet-${String(++deviceCounter).padStart(4, '0')}-test`;

/**
 * Enrolls a tablet for `jurorId` and returns the server's answer. A device the server knows already
 * must show its current token (`currentToken`).
 */
export async function enroll(
  app: Hono,
  jurorId = JUROR,
  deviceId = newDeviceId(),
  firstSeq = 1,
  currentToken?: string,
): Promise<EnrollResponse> {
  const code = await issueCode(app, jurorId);
  const auth: Record<string, string> = currentToken ? { Authorization: `Bearer ${currentToken}` } : {};
  const res = await postJson(app, '/api/enroll', { code, deviceId, firstSeq }, auth);
  if (res.status !== 201) throw new Error(`enroll: ${res.status} ${await res.text()}`);
  return v.parse(EnrollResponseSchema, await res.json());
}

export function scoreChange(
  seq: number,
  teamId: string,
  criterionId: string,
  value: number,
  jurorId = JUROR,
): ChangeEntry {
  return {
    seq,
    eventId: EVENT_ID,
    jurorId,
    teamId,
    kind: 'score',
    criterionId,
    oldValue: null,
    newValue: value,
    at: new Date(START.getTime() + seq * 1000).toISOString(),
  };
}

export interface BundleSpec {
  fromSeq: number;
  prevHash: string;
  changes: ChangeEntry[];
  bundleId?: string;
  jurorId?: string;
  secret?: string;
}

/** A bundle signed with the device's secret, as the tablet would build it. */
export function makeBundle(device: EnrollResponse, spec: BundleSpec): Promise<ScoreBundle> {
  return signBundle(
    {
      version: BUNDLE_VERSION,
      bundleId: spec.bundleId ?? `bundle-${device.device.deviceId}-${spec.fromSeq}`,
      deviceId: device.device.deviceId,
      jurorId: spec.jurorId ?? device.juror.id,
      eventId: EVENT_ID,
      fromSeq: spec.fromSeq,
      toSeq: spec.fromSeq + spec.changes.length - 1,
      prevHash: spec.prevHash,
      createdAt: START.toISOString(),
      changes: spec.changes,
    },
    spec.secret ?? device.device.secret,
  );
}

export function postBundle(app: Hono, token: string, body: unknown): Promise<Response> {
  return postJson(app, '/api/bundles', body, { Authorization: `Bearer ${token}` });
}

export async function readReceipt(res: Response) {
  return v.parse(BundleAcceptedSchema, await res.json()).receipt;
}

/** A tablet enrolled for `JUROR` whose first bundle (one score, seq 1) the server accepted, with its receipt. */
export async function enrollWithOneBundle(app: Hono) {
  const first = await enroll(app);
  const bundle = await makeBundle(first, {
    fromSeq: 1,
    prevHash: GENESIS_HASH,
    changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 8)],
  });
  const receipt = await readReceipt(await postBundle(app, first.device.token, bundle));
  return { first, bundle, receipt };
}

export async function readError(res: Response) {
  return v.parse(ApiErrorSchema, await res.json()).error;
}

export function count(db: Db, table: 'bundles' | 'changes' | 'sheets' | 'rejections' | 'devices'): number {
  return db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()?.n ?? 0;
}

/**
 * Makes every COMMIT that inserted into `table` fail, as a full disk or a dying process would: each
 * insert leaves a row breaking a deferred foreign key, which SQLite checks only at COMMIT. Returns a
 * function that removes the trap.
 */
export function trapCommitsOf(db: Db, table: string, column: string): () => void {
  db.exec(`
    CREATE TABLE commit_trap_parent (id TEXT PRIMARY KEY);
    CREATE TABLE commit_trap (id TEXT REFERENCES commit_trap_parent(id) DEFERRABLE INITIALLY DEFERRED);
    CREATE TRIGGER commit_trap_on_insert AFTER INSERT ON ${table}
      BEGIN INSERT INTO commit_trap (id) VALUES (NEW.${column}); END;
  `);
  return () =>
    db.exec(`
      DROP TRIGGER commit_trap_on_insert;
      DROP TABLE commit_trap;
      DROP TABLE commit_trap_parent;
    `);
}

/** The materialised sheets of the test event, as the organizer's API lists them. */
export async function materialisedSheets(app: Hono) {
  const res = await app.request(`/api/admin/events/${EVENT_ID}/sheets`, { headers: organizerHeaders });
  return v.parse(EventSheetsResponseSchema, await res.json()).sheets;
}
