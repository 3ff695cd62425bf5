/**
 * The server under fuzzing: createApp on a temporary SQLite file (openDatabase: WAL, synchronous=FULL,
 * every migration), seeded with the demo event, with every rate limit off (device, enrollment, organizer) so every input is judged
 * on its content. Requests go through app.request(), the same path as the server tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import * as v from 'valibot';
import { createApp } from '#server/app.ts';
import { type Db, openDatabase } from '#server/db.ts';
import { seedDatabase } from '#server/seed.ts';
import { CreateEnrollmentResponseSchema, type EnrollResponse, EnrollResponseSchema } from '#shared/api.ts';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import type { EventPackage } from '#shared/event.ts';

export const FUZZ_EVENT: EventPackage = DEMO_EVENT;
const ORGANIZER = 'fuzz-organizer-token';

export interface FuzzServer {
  app: Hono;
  db: Db;
  file: string;
  close(): void;
}

export function openFuzzServer(): FuzzServer {
  const dir = mkdtempSync(join(tmpdir(), 'juri-fuzz-'));
  const file = join(dir, 'juri.sqlite');
  const db = openDatabase(file);
  seedDatabase(db, { pkg: FUZZ_EVENT, organizerToken: ORGANIZER });
  const app = createApp({ db, rateLimit: false, enrollGuard: false, organizerLimits: false });
  return {
    app,
    db,
    file,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A raw request: the body exactly as given (a string or bytes), the headers exactly as given. */
export function send(
  app: Hono,
  path: string,
  body: string | Uint8Array,
  headers: Record<string, string>,
): Promise<Response> {
  // Bytes go as a Blob: the DOM typings do not take a Uint8Array over a shared buffer as a body.
  const payload = typeof body === 'string' ? body : new Blob([Uint8Array.from(body)]);
  return Promise.resolve(app.request(path, { method: 'POST', headers, body: payload }));
}

let devices = 0;

/** A fresh tablet enrolled for `jurorId` through the organizer and enrollment APIs. */
export async function enrollDevice(app: Hono, jurorId: string, firstSeq: number): Promise<EnrollResponse> {
  const json = { 'Content-Type': 'application/json' };
  const issued = await send(
    app,
    '/api/admin/enrollments',
    JSON.stringify({ eventId: FUZZ_EVENT.event.id, jurorId }),
    { ...json, Authorization: `Bearer ${ORGANIZER}` },
  );
  const { code } = v.parse(CreateEnrollmentResponseSchema, await issued.json());
  const deviceId = `fuzz-tablet-${String(++devices).padStart(6, '0')}`;
  const res = await send(app, '/api/enroll', JSON.stringify({ code, deviceId, firstSeq }), json);
  if (res.status !== 201) throw new Error(`fuzz: enrolling ${deviceId} answered ${res.status}`);
  return v.parse(EnrollResponseSchema, await res.json());
}
