/** What every route group is built from; assembled once in createApp. */
import type { MiddlewareHandler } from 'hono';
import type { DeviceEnv, OrganizerLimits } from '#server/http/auth.ts';
import type { RateLimitOptions } from '#server/http/rate-limit.ts';
import type { Store } from '#server/store/index.ts';

export interface RouteDeps {
  store: Store;
  now: () => Date;
  publicUrl: string | undefined;
  enrollmentTtlMs: number;
  /** Per-credential rate limit, shared by every device route. */
  limitDevice: MiddlewareHandler<DeviceEnv>;
  /** Failed enrollment attempts allowed, or false for none counted (benchmarks). */
  enrollFailures: RateLimitOptions | false;
  /** Limits on the organizer routes, or false for none (tests with a frozen clock, benchmarks). */
  organizerLimits: OrganizerLimits | false;
}
