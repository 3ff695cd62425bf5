/** Bearer credentials: the organizer's token for /api/admin, a device token for the tablet routes. */
import type { Context, MiddlewareHandler } from 'hono';
import { clientAddress } from '#server/http/client.ts';
import { createEnrollGuard, type EnrollGuardOptions } from '#server/http/enroll-guard.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { createTokenBuckets, type RateLimitOptions } from '#server/http/token-bucket.ts';
import { hashToken, tokensEqual } from '#server/secrets.ts';
import type { Credential, Store } from '#server/store/index.ts';

export type DeviceEnv = { Variables: { device: Credential } };

export const ORGANIZER_TOKEN_KEY = 'organizer_token';

export function bearerToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  return match?.[1];
}

export interface OrganizerLimits {
  /**
   * Wrong or missing tokens tolerated per source, and by all guessing sources together, before
   * their attempts must wait — the same guard as enrollment codes, so a guesser elsewhere on the
   * network never locks the committee out of its own console.
   */
  failures: EnrollGuardOptions;
  /** Requests with the right token: enough for several console tabs polling, not for a runaway loop. */
  requests: RateLimitOptions;
}

export const DEFAULT_ORGANIZER_LIMITS: OrganizerLimits = {
  // A token is 32 random bytes: guessing is hopeless at any rate; the limit keeps noise out of the log.
  failures: { perSource: { ratePerSecond: 0.5, burst: 20 }, shared: { ratePerSecond: 2, burst: 100 } },
  requests: { ratePerSecond: 20, burst: 100 },
};

/**
 * The organizer's bearer token, compared in constant time. Wrong tokens spend the source's budget;
 * once it is used up that source waits (429 with Retry-After).
 */
export function requireOrganizer(
  store: Store,
  limits: OrganizerLimits | false = false,
  now: () => Date = () => new Date(),
  trustProxy = false,
): MiddlewareHandler {
  const failures = limits ? createEnrollGuard(limits.failures, now) : null;
  const requests = limits ? createTokenBuckets(limits.requests, now, 1) : null;
  return async (c, next) => {
    const source = clientAddress(c, trustProxy);
    const wait = failures?.wait(source) ?? 0;
    if (wait > 0) return tooMany(c, `too many wrong organizer tokens; retry in ${wait} s`, wait);
    const token = bearerToken(c);
    const expected = store.settings.get(ORGANIZER_TOKEN_KEY);
    if (!token || !expected || !tokensEqual(token, expected)) {
      failures?.spend(source);
      return apiError(c, fail('unauthorized', 'organizer token missing or wrong'));
    }
    const busy = requests?.take('organizer') ?? 0;
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
    const device = token ? store.devices.credential(hashToken(token)) : undefined;
    if (!device) return apiError(c, fail('unauthorized', 'device credential missing or unknown'));
    if (device.revokedAt)
      return apiError(c, fail('revoked', `device credential revoked at ${device.revokedAt}`));
    c.set('device', device);
    await next();
  };
}
