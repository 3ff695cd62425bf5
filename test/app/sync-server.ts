/**
 * The real upload server for the tablet's sync tests: `createApp` on a temporary SQLite file, reached
 * through a thin fetch that injects what venues do to requests (a lost reply after the COMMIT, a 500
 * from a proxy, a captive portal's HTML 200, a hang past the timeout, a proxy answering with someone
 * else's receipt). The server can be restarted (the same file reopened) and restored from a backup
 * (a copy taken at one point and reopened later), so the tablet is tested against the rules the
 * server really applies, not a copy of them.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import * as v from 'valibot';
import { getDeviceId } from '#app/db/meta-repo.ts';
import { type EnrollOutcome, enrollWithCode } from '#app/sync/enroll.ts';
import { createApp } from '#server/app.ts';
import { type Db, openDatabase } from '#server/db.ts';
import type { RateLimitOptions } from '#server/http/rate-limit.ts';
import { seedDatabase } from '#server/seed.ts';
import { EventSheetsResponseSchema } from '#shared/api.ts';
import type { ScoreSheet } from '#shared/sheet.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

export type Fault =
  /** The server commits the bundle; the reply never reaches the tablet. */
  | 'drop-after-commit'
  /** A proxy in front answers 500; the server never sees the request. */
  | 'status-500'
  /** A hotel's captive portal answers 200 with its login page. */
  | 'html-200'
  /** Nobody answers: the tablet's own timeout must end the request. */
  | 'hang'
  /** Something between answers 201 with a receipt for another bundle. */
  | 'wrong-receipt';

export interface ServerOptions {
  rateLimit?: RateLimitOptions | false;
  maxBodyBytes?: number;
}

const ORGANIZER = 'organizer-token-for-tablet-tests';
const organizer = { authorization: `Bearer ${ORGANIZER}`, 'content-type': 'application/json' };
const BUNDLES = '/api/bundles';

export interface StoredBundle {
  bundleId: string;
  fromSeq: number;
  toSeq: number;
  jurorId: string;
  /** The request body exactly as the server stored it. */
  body: string;
  receipt: string;
}

export class SyncTestServer {
  readonly dir = mkdtempSync(join(tmpdir(), 'juri-tablet-server-'));
  readonly file = join(this.dir, 'juri.sqlite');
  /** Every POST /api/bundles the tablet made, whatever happened to it. */
  bundleRequests = 0;
  private db: Db;
  private app: Hono;
  private readonly faults: Fault[] = [];
  private backups = 0;

  constructor(private readonly options: ServerOptions = {}) {
    this.db = openDatabase(this.file);
    seedDatabase(this.db, { pkg: makeSmallEvent(), organizerToken: ORGANIZER });
    this.app = this.createApp();
  }

  /** Injects `faults` into the next bundle uploads, one each. */
  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** The network goes quiet: faults not yet used are dropped. */
  quiet(): void {
    this.faults.length = 0;
  }

  /** The tablet's `fetch`: same-origin paths go to the app, bundle uploads through the faults. */
  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const upload = path === BUNDLES && init.method === 'POST';
    if (upload) this.bundleRequests++;
    const fault = upload ? this.faults.shift() : undefined;
    if (fault === 'hang') return hangUntilAborted(init.signal);
    if (fault === 'html-200') return portalPage();
    if (fault === 'status-500')
      return json(500, { error: { code: 'internal', message: 'bad gateway at the proxy' } });
    // The signal stays here: the app answers synchronously enough, and a jsdom AbortSignal is not Node's.
    const response = await this.app.request(path, {
      method: init.method,
      headers: init.headers,
      body: init.body,
    });
    if (fault === 'drop-after-commit') throw new TypeError('Failed to fetch');
    if (fault === 'wrong-receipt') return wrongReceipt(response);
    return response;
  };

  /** The server process dies and starts again on the same file. */
  restart(): void {
    this.db.close();
    this.db = openDatabase(this.file);
    this.app = this.createApp();
  }

  /** An organizer's backup of the database as it is now; returns where it is. */
  async backup(): Promise<string> {
    const target = join(this.dir, `backup-${++this.backups}.sqlite`);
    await this.db.backup(target);
    return target;
  }

  /** The server is restored from `backup`: everything stored since is gone. */
  restore(backup: string): void {
    this.db.close();
    for (const suffix of ['-wal', '-shm']) rmSync(`${this.file}${suffix}`, { force: true });
    copyFileSync(backup, this.file);
    this.db = openDatabase(this.file);
    this.app = this.createApp();
  }

  async issueCode(jurorId = 'juri-1'): Promise<string> {
    const res = await this.app.request('/api/admin/enrollments', {
      method: 'POST',
      headers: organizer,
      body: JSON.stringify({ jurorId, eventId: makeSmallEvent().event.id }),
    });
    if (res.status !== 201) throw new Error(`issue code: ${res.status} ${await res.text()}`);
    return v.parse(v.object({ code: v.string() }), await res.json()).code;
  }

  /** Enrolls this tablet for `jurorId` the way the enrollment screen does, with a fresh code. */
  async enroll(jurorId = 'juri-1'): Promise<EnrollOutcome> {
    return enrollWithCode(await this.issueCode(jurorId), { fetchImpl: this.fetch, timeoutMs: 1_000 });
  }

  async enrollOrThrow(jurorId = 'juri-1'): Promise<void> {
    const outcome = await this.enroll(jurorId);
    if (!outcome.ok) throw new Error(`enrollment failed: ${outcome.failure} ${outcome.detail ?? ''}`);
  }

  /** The organizer revokes this tablet's credential. */
  async revokeThisTablet(): Promise<void> {
    const res = await this.app.request(`/api/admin/devices/${await getDeviceId()}/revoke`, {
      method: 'POST',
      headers: organizer,
    });
    if (res.status !== 200) throw new Error(`revoke: ${res.status} ${await res.text()}`);
  }

  /** The seqs of every change the server holds, in order: a doubled change would show twice. */
  seqs(jurorId?: string): number[] {
    const rows = this.db
      .prepare<[], { seq: number; jurorId: string }>(
        'SELECT seq, juror_id AS jurorId FROM changes ORDER BY seq',
      )
      .all();
    return rows.filter((r) => jurorId === undefined || r.jurorId === jurorId).map((r) => r.seq);
  }

  /** Which device id each stored change came under, in seq order: a doubled change would show twice. */
  changesByDevice(): { deviceId: string; seq: number }[] {
    return this.db
      .prepare<[], { deviceId: string; seq: number }>(
        'SELECT device_id AS deviceId, seq FROM changes ORDER BY seq, device_id',
      )
      .all();
  }

  /** The accepted bundles, in seq order, as stored. */
  bundles(): StoredBundle[] {
    return this.db
      .prepare<[], StoredBundle>(
        `SELECT bundle_id AS bundleId, from_seq AS fromSeq, to_seq AS toSeq, juror_id AS jurorId, body, receipt
         FROM bundles ORDER BY from_seq`,
      )
      .all();
  }

  /** The organizer imports a score file (the console's Berkas nilai tab); returns status and reply. */
  async importScoreFile(text: string, name = 'nilai.juri'): Promise<{ status: number; body: unknown }> {
    const res = await this.app.request(
      `/api/admin/events/${makeSmallEvent().event.id}/score-files?name=${encodeURIComponent(name)}`,
      { method: 'POST', headers: organizer, body: text },
    );
    return { status: res.status, body: await res.json() };
  }

  /** The organizer's view of the materialised sheets. */
  async sheets(): Promise<ScoreSheet[]> {
    const res = await this.app.request(`/api/admin/events/${makeSmallEvent().event.id}/sheets`, {
      headers: organizer,
    });
    return v.parse(EventSheetsResponseSchema, await res.json()).sheets;
  }

  close(): void {
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private createApp(): Hono {
    return createApp({
      db: this.db,
      rateLimit: this.options.rateLimit ?? false,
      maxBodyBytes: this.options.maxBodyBytes,
      enrollGuard: false,
    });
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function portalPage(): Response {
  return new Response('<html><body>Selamat datang di Wi-Fi hotel. Silakan login.</body></html>', {
    status: 200,
    headers: { 'content-type': 'text/html' },
  });
}

async function wrongReceipt(response: Response): Promise<Response> {
  const body = v.parse(v.object({ receipt: v.record(v.string(), v.unknown()) }), await response.json());
  return json(response.status, { receipt: { ...body.receipt, bundleId: 'b-someone-else' } });
}

function hangUntilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
  });
}
