/** The per-credential rate limit of the device routes. */
import type { MiddlewareHandler } from 'hono';
import type { DeviceEnv } from '#server/http/auth.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { createTokenBuckets, type RateLimitOptions } from '#server/http/token-bucket.ts';

export type { RateLimitOptions } from '#server/http/token-bucket.ts';

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { ratePerSecond: 20, burst: 40 };

/** Limits requests per device credential; runs after requireDevice. */
export function rateLimitDevices(options: RateLimitOptions, now: () => Date): MiddlewareHandler<DeviceEnv> {
  const buckets = createTokenBuckets(options, now);
  return async (c, next) => {
    const wait = buckets.take(c.get('device').deviceId);
    if (wait > 0) {
      return apiError(c, fail('rate_limited', `too many requests; retry in ${wait} s`), {
        'Retry-After': String(wait),
      });
    }
    await next();
  };
}
