/**
 * Starts the whole server (API + built app) on one port; main.ts only reads the environment.
 * Exported so end-to-end tests and the benchmark can start and stop it in-process or as a child.
 */
import { mkdirSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from '#server/app.ts';
import { openDatabase } from '#server/db.ts';
import { enrollmentUrl } from '#server/http/origin.ts';
import { type SeededJuror, seedDatabase } from '#server/seed.ts';
import { withStaticApp } from '#server/static.ts';
import type { MinutesSettings } from '#shared/berita-acara/settings.ts';
import type { EventPackage } from '#shared/event.ts';

export interface StartOptions {
  port: number;
  host?: string;
  dataDir: string;
  distDir: string;
  publicUrl?: string;
  /** PEM contents; when both are given the server speaks HTTPS. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  seedPackage?: EventPackage;
  /** The seeded package's berita acara settings. */
  seedMinutes?: MinutesSettings;
  organizerToken?: string;
  rateLimit?: AppOptions['rateLimit'];
  /** Behind our own reverse proxy: believe its X-Forwarded-* headers (TRUST_PROXY). */
  trustProxy?: boolean;
  /** Wrong enrollment codes tolerated; `false` turns counting off (benchmarks). */
  enrollGuard?: AppOptions['enrollGuard'];
}

export interface RunningServer {
  url: string;
  port: number;
  organizerToken: string;
  enrollments: (SeededJuror & { url: string })[];
  close(): Promise<void>;
}

/** The console link `npm start` prints: the token in the fragment, never in the query string. */
export function organizerLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/panitia#token=${encodeURIComponent(token)}`;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, 'juri.sqlite'));
  const seeded = seedDatabase(db, {
    pkg: options.seedPackage,
    minutes: options.seedMinutes,
    organizerToken: options.organizerToken,
  });
  const api = createApp({
    db,
    publicUrl: options.publicUrl,
    rateLimit: options.rateLimit,
    trustProxy: options.trustProxy,
    enrollGuard: options.enrollGuard,
  });
  const fetch = withStaticApp(api, options.distDir).fetch;
  const host = options.host ?? '0.0.0.0';

  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const tls = options.tls;
      const server = tls
        ? serve(
            {
              fetch,
              port: options.port,
              hostname: host,
              createServer: createHttpsServer,
              serverOptions: tls,
            },
            (info: AddressInfo) => resolve({ server, port: info.port }),
          )
        : serve({ fetch, port: options.port, hostname: host }, (info: AddressInfo) =>
            resolve({ server, port: info.port }),
          );
      server.once('error', reject);
    },
  );

  const scheme = options.tls ? 'https' : 'http';
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `${scheme}://${shownHost}:${port}`;
  const origin = options.publicUrl?.replace(/\/+$/, '') ?? url;

  return {
    url,
    port,
    organizerToken: seeded.organizerToken,
    enrollments: seeded.enrollments.map((e) => ({ ...e, url: enrollmentUrl(origin, e.code) })),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        // Idle keep-alive sockets would otherwise hold close() open; requests in flight still finish.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
