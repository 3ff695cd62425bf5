/**
 * The upload API as a Hono app with its storage injected: `createApp({ db })`. Every answer outside
 * 2xx uses the `{ error: { code, message } }` envelope from #shared/api.ts. No route reads a request
 * body before it has checked who is asking (http/read-body.ts reads bodies, inside the routes).
 */
import { Hono } from 'hono';
import type { Db } from '#server/db.ts';
import { DEFAULT_ENROLLMENT_TTL_MS } from '#server/enrollment.ts';
import { DEFAULT_ORGANIZER_LIMITS, type OrganizerLimits } from '#server/http/auth.ts';
import {
  createEnrollGuard,
  DEFAULT_ENROLL_GUARD,
  type EnrollGuardOptions,
} from '#server/http/enroll-guard.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions, rateLimitDevices } from '#server/http/rate-limit.ts';
import { adminRoutes } from '#server/routes/admin.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import { deviceRoutes } from '#server/routes/device.ts';
import { enrollRoutes } from '#server/routes/enroll.ts';
import { createStore } from '#server/store/index.ts';
import { type HealthResponse, MAX_BODY_BYTES } from '#shared/api.ts';

export interface AppOptions {
  db: Db;
  now?: () => Date;
  /** Per device credential; `false` turns limiting off (benchmarks). */
  rateLimit?: RateLimitOptions | false;
  /** Origin used in enrollment links, e.g. https://juri.example.org; defaults to the request's origin. */
  publicUrl?: string;
  /** Behind our own reverse proxy: believe its X-Forwarded-For/-Proto/-Host headers. */
  trustProxy?: boolean;
  enrollmentTtlMs?: number;
  maxBodyBytes?: number;
  /** Wrong enrollment codes tolerated per source and overall; `false` turns counting off. */
  enrollGuard?: EnrollGuardOptions | false;
  /** Wrong organizer tokens and organizer requests allowed; `false` turns limiting off. */
  organizerLimits?: OrganizerLimits | false;
}

export function createApp(options: AppOptions): Hono {
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const deps: RouteDeps = {
    store: createStore(options.db),
    now,
    publicUrl: options.publicUrl,
    trustProxy: options.trustProxy ?? false,
    enrollmentTtlMs: options.enrollmentTtlMs ?? DEFAULT_ENROLLMENT_TTL_MS,
    limitDevice:
      options.rateLimit === false
        ? (_c, next) => next()
        : rateLimitDevices(options.rateLimit ?? DEFAULT_RATE_LIMIT, now),
    enrollGuard:
      options.enrollGuard === false
        ? null
        : createEnrollGuard(options.enrollGuard ?? DEFAULT_ENROLL_GUARD, now),
    organizerLimits: options.organizerLimits ?? DEFAULT_ORGANIZER_LIMITS,
  };

  const app = new Hono();
  app.onError((err, c) => {
    console.error('[juri] request failed:', err);
    return apiError(c, fail('internal', 'internal server error'));
  });
  app.use('/api/*', (c, next) => {
    c.set('maxBodyBytes', maxBodyBytes);
    return next();
  });
  app.get('/api/health', (c) => {
    const reply: HealthResponse = { ok: true, time: now().toISOString() };
    return c.json(reply);
  });
  app.route('/api/admin', adminRoutes(deps));
  app.route('/api/enroll', enrollRoutes(deps));
  app.route('/api', deviceRoutes(deps));
  app.all('/api/*', (c) => apiError(c, fail('not_found', `no route for ${c.req.method} ${c.req.path}`)));
  return app;
}
