/** What every route group is built from; assembled once in createApp. */
import type { MiddlewareHandler } from 'hono';
import type { DeviceEnv } from '../http/auth.ts';
import type { RateLimitOptions } from '../http/rate-limit.ts';
import type { Store } from '../store/index.ts';

export interface RouteDeps {
  store: Store;
  now: () => Date;
  publicUrl: string | undefined;
  enrollmentTtlMs: number;
  /** Per-credential rate limit, shared by every device route. */
  limitDevice: MiddlewareHandler<DeviceEnv>;
  /** Failed enrollment attempts allowed, or false for none counted (benchmarks). */
  enrollFailures: RateLimitOptions | false;
}
