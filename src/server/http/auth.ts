/** Bearer credentials: the organizer's token for /api/admin, a device token for the tablet routes. */
import type { Context, MiddlewareHandler } from 'hono';
import { apiError, fail } from '#server/http/errors.ts';
import { createFailureBudget, createTokenBucket, type RateLimitOptions } from '#server/http/rate-limit.ts';
import { hashToken, tokensEqual } from '#server/secrets.ts';
import type { Device, Store } from '#server/store/index.ts';

export type DeviceEnv = { Variables: { device: Device } };

export const ORGANIZER_TOKEN_KEY = 'organizer_token';

export function bearerToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  return match?.[1];
}

export interface OrganizerLimits {
  /** Wrong or missing tokens tolerated (shared by all clients) before every attempt must wait. */
  failures: RateLimitOptions;
  /** Requests with the right token: enough for several console tabs polling, not for a runaway loop. */
  requests: RateLimitOptions;
}

export const DEFAULT_ORGANIZER_LIMITS: OrganizerLimits = {
  failures: { ratePerSecond: 0.5, burst: 20 },
  requests: { ratePerSecond: 20, burst: 100 },
};

/**
 * The organizer's bearer token, compared in constant time. Wrong tokens spend a shared budget; once
 * it is used up every request waits (429 with Retry-After), so guessing stays hopeless.
 */
export function requireOrganizer(
  store: Store,
  limits: OrganizerLimits | false = false,
  now: () => Date = () => new Date(),
): MiddlewareHandler {
  const failures = limits ? createFailureBudget(limits.failures, now) : null;
  const take = limits ? createTokenBucket(limits.requests, now) : null;
  return async (c, next) => {
    const wait = failures?.wait() ?? 0;
    if (wait > 0) return tooMany(c, `too many wrong organizer tokens; retry in ${wait} s`, wait);
    const token = bearerToken(c);
    const expected = store.settings.get(ORGANIZER_TOKEN_KEY);
    if (!token || !expected || !tokensEqual(token, expected)) {
      failures?.spend();
      return apiError(c, fail('unauthorized', 'organizer token missing or wrong'));
    }
    const busy = take?.('organizer') ?? 0;
    if (busy > 0) return tooMany(c, `too many requests; retry in ${busy} s`, busy);
    await next();
  };
}

function tooMany(c: Context, message: string, wait: number): Response {
  return apiError(c, fail('rate_limited', message), { 'Retry-After': String(wait) });
}

export function requireDevice(store: Store): MiddlewareHandler<DeviceEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    const device = token ? store.devices.byTokenHash(hashToken(token)) : undefined;
    if (!device) return apiError(c, fail('unauthorized', 'device credential missing or unknown'));
    if (device.revokedAt)
      return apiError(c, fail('revoked', `device credential revoked at ${device.revokedAt}`));
    c.set('device', device);
    await next();
  };
}
