/** What every route group is built from; assembled once in createApp. */
import type { MiddlewareHandler } from 'hono';
import type { DeviceEnv, OrganizerLimits } from '#server/http/auth.ts';
import type { EnrollGuard } from '#server/http/enroll-guard.ts';
import type { Store } from '#server/store/index.ts';

export interface RouteDeps {
  store: Store;
  now: () => Date;
  publicUrl: string | undefined;
  /** Whether X-Forwarded-* headers come from our own reverse proxy (TRUST_PROXY). */
  trustProxy: boolean;
  enrollmentTtlMs: number;
  /** Per-credential rate limit, shared by every device route. */
  limitDevice: MiddlewareHandler<DeviceEnv>;
  /** Wrong enrollment codes allowed per source and overall, or null for none counted (benchmarks). */
  enrollGuard: EnrollGuard | null;
  /** Limits on the organizer routes, or false for none (tests with a frozen clock, benchmarks). */
  organizerLimits: OrganizerLimits | false;
}
