/**
 * The real upload server (startServer: Hono on @hono/node-server, WAL + synchronous=FULL SQLite) on
 * 127.0.0.1 and a random port, storing into a fresh temporary DATA_DIR that close() removes.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { startServer } from '#server/start.ts';
import { CreateEnrollmentResponseSchema, EventSheetsResponseSchema } from '#shared/api.ts';
import type { EventPackage } from '#shared/event.ts';

export interface BenchServer {
  url: string;
  organizerToken: string;
  /** The server's SQLite file, for reading what it stored. */
  dataFile: string;
  close(): Promise<void>;
}

export interface BenchServerOptions {
  seedPackage: EventPackage;
  /** `false` turns the per-device rate limit off; undefined keeps the server's default. */
  rateLimit?: false;
  /** The built app; the API does not need it, so a run without a build serves an empty folder. */
  distDir?: string;
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const dir = await mkdtemp(join(tmpdir(), 'juri-bench-server-'));
  const distDir = options.distDir ?? join(dir, 'dist');
  if (!options.distDir) await mkdir(distDir);
  const organizerToken = randomBytes(18).toString('base64url');
  try {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: join(dir, 'data'),
      distDir,
      seedPackage: options.seedPackage,
      organizerToken,
      rateLimit: options.rateLimit,
    });
    return {
      url: server.url,
      organizerToken,
      dataFile: join(dir, 'data', 'juri.sqlite'),
      close: async () => {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A fresh enrollment code for `jurorId`, issued through the organizer API. */
export async function createEnrollment(
  server: BenchServer,
  eventId: string,
  jurorId: string,
): Promise<string> {
  const response = await fetch(`${server.url}/api/admin/enrollments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.organizerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ eventId, jurorId }),
  });
  const body: unknown = await response.json();
  if (response.status !== 201) throw new Error(`enrollment for ${jurorId}: HTTP ${response.status}`);
  return v.parse(CreateEnrollmentResponseSchema, body).code;
}

export type ServerSheet = v.InferOutput<typeof EventSheetsResponseSchema>['sheets'][number];

/** The materialised sheets the organizer sees. */
export async function fetchSheets(server: BenchServer, eventId: string): Promise<ServerSheet[]> {
  const response = await fetch(`${server.url}/api/admin/events/${eventId}/sheets`, {
    headers: { authorization: `Bearer ${server.organizerToken}` },
  });
  const body: unknown = await response.json();
  if (response.status !== 200) throw new Error(`sheets of ${eventId}: HTTP ${response.status}`);
  return v.parse(EventSheetsResponseSchema, body).sheets;
}
