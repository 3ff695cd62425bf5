/**
 * The upload API as a Hono app with its storage injected: `createApp({ db })`. Every answer outside
 * 2xx uses the `{ error: { code, message } }` envelope from #shared/api.ts.
 */
import { Hono } from 'hono';
import type { Db } from '#server/db.ts';
import { DEFAULT_ENROLLMENT_TTL_MS } from '#server/enrollment.ts';
import { limitBody } from '#server/http/body-limit.ts';
import { apiError, fail } from '#server/http/errors.ts';
import {
  DEFAULT_ENROLL_FAILURES,
  DEFAULT_RATE_LIMIT,
  type RateLimitOptions,
  rateLimitDevices,
} from '#server/http/rate-limit.ts';
import { adminRoutes } from '#server/routes/admin.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import { deviceRoutes } from '#server/routes/device.ts';
import { enrollRoutes } from '#server/routes/enroll.ts';
import { resultsRoutes } from '#server/routes/results.ts';
import { createStore } from '#server/store/index.ts';
import { MAX_BODY_BYTES } from '#shared/api.ts';

export interface AppOptions {
  db: Db;
  now?: () => Date;
  /** Per device credential; `false` turns limiting off (benchmarks). */
  rateLimit?: RateLimitOptions | false;
  /** Origin used in enrollment links, e.g. https://juri.example.org; defaults to the request's origin. */
  publicUrl?: string;
  enrollmentTtlMs?: number;
  maxBodyBytes?: number;
  /** Wrong enrollment codes tolerated before attempts must wait; `false` turns counting off. */
  enrollFailures?: RateLimitOptions | false;
}

export function createApp(options: AppOptions): Hono {
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const deps: RouteDeps = {
    store: createStore(options.db),
    now,
    publicUrl: options.publicUrl,
    enrollmentTtlMs: options.enrollmentTtlMs ?? DEFAULT_ENROLLMENT_TTL_MS,
    limitDevice:
      options.rateLimit === false
        ? (_c, next) => next()
        : rateLimitDevices(options.rateLimit ?? DEFAULT_RATE_LIMIT, now),
    enrollFailures: options.enrollFailures ?? DEFAULT_ENROLL_FAILURES,
  };

  const app = new Hono();
  app.onError((err, c) => {
    console.error('[juri] request failed:', err);
    return apiError(c, fail('internal', 'internal server error'));
  });
  // A chunked body without Content-Length is counted as it streams, so it is cut off too.
  app.use(
    '/api/*',
    limitBody(maxBodyBytes, (c) =>
      apiError(c, fail('payload_too_large', `request body exceeds ${maxBodyBytes} bytes`)),
    ),
  );
  app.get('/api/health', (c) => c.json({ ok: true, time: now().toISOString() }));
  app.route('/api/admin', adminRoutes(deps));
  app.route('/api/admin', resultsRoutes(deps));
  app.route('/api/enroll', enrollRoutes(deps));
  app.route('/api', deviceRoutes(deps));
  app.all('/api/*', (c) => apiError(c, fail('not_found', `no route for ${c.req.method} ${c.req.path}`)));
  return app;
}
