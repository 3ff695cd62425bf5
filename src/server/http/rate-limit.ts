/** A token bucket per credential: `ratePerSecond` sustained, `burst` at once. */
import type { MiddlewareHandler } from 'hono';
import type { DeviceEnv } from '#server/http/auth.ts';
import { apiError, fail } from '#server/http/errors.ts';

export interface RateLimitOptions {
  ratePerSecond: number;
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { ratePerSecond: 20, burst: 40 };

interface Bucket {
  tokens: number;
  at: number;
}

export function createTokenBucket(options: RateLimitOptions, now: () => Date) {
  const buckets = new Map<string, Bucket>();
  /** Takes one token for `key`; returns 0 when allowed, otherwise the seconds to wait. */
  return function take(key: string): number {
    const t = now().getTime();
    const bucket = buckets.get(key) ?? { tokens: options.burst, at: t };
    const refilled = Math.min(
      options.burst,
      bucket.tokens + ((t - bucket.at) / 1000) * options.ratePerSecond,
    );
    if (refilled >= 1) {
      buckets.set(key, { tokens: refilled - 1, at: t });
      return 0;
    }
    buckets.set(key, { tokens: refilled, at: t });
    return Math.max(1, Math.ceil((1 - refilled) / options.ratePerSecond));
  };
}

/** Limits requests per device credential; runs after requireDevice. */
export function rateLimitDevices(options: RateLimitOptions, now: () => Date): MiddlewareHandler<DeviceEnv> {
  const take = createTokenBucket(options, now);
  return async (c, next) => {
    const wait = take(c.get('device').deviceId);
    if (wait > 0) {
      return apiError(c, fail('rate_limited', `too many requests; retry in ${wait} s`), {
        'Retry-After': String(wait),
      });
    }
    await next();
  };
}

/**
 * A budget of failed attempts shared by all clients (enrollment codes): every failure spends a token,
 * and while none is left every attempt waits. Behind a venue's NAT or a reverse proxy all tablets
 * share one address, so a per-address limit would not tell a guesser from a juror anyway.
 */
export function createFailureBudget(options: RateLimitOptions, now: () => Date) {
  let tokens = options.burst;
  let at = now().getTime();
  const refill = () => {
    const t = now().getTime();
    tokens = Math.min(options.burst, tokens + ((t - at) / 1000) * options.ratePerSecond);
    at = t;
  };
  return {
    /** Seconds to wait before the next attempt, 0 when one may go ahead. */
    wait(): number {
      refill();
      return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / options.ratePerSecond));
    },
    spend(): void {
      refill();
      tokens = Math.max(0, tokens - 1);
    },
  };
}

/** 30 wrong codes at once, then one every 5 s: guessing an 8-character code stays hopeless. */
export const DEFAULT_ENROLL_FAILURES: RateLimitOptions = { ratePerSecond: 0.2, burst: 30 };
