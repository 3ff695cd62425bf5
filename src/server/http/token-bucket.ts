/**
 * Token buckets, one per key: `ratePerSecond` sustained, `burst` at once. A bucket that has filled
 * up again is forgotten (it is the same as a new one), and at most `maxKeys` are kept — the oldest
 * goes first — so a stream of new keys (client addresses) cannot grow memory without bound.
 */
export interface RateLimitOptions {
  ratePerSecond: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export interface TokenBuckets {
  /** Takes one token for `key`; returns 0 when there was one, otherwise the seconds to wait. */
  take(key: string): number;
  /** Seconds to wait before `key` has a token, without taking it; 0 when it has one now. */
  wait(key: string): number;
  /** Whether `key` has used any of its burst lately (its bucket is not full). */
  isSpent(key: string): boolean;
}

export function createTokenBuckets(
  options: RateLimitOptions,
  now: () => Date,
  maxKeys = Number.POSITIVE_INFINITY,
): TokenBuckets {
  const buckets = new Map<string, Bucket>();

  const tokensOf = (key: string, t: number): number => {
    const bucket = buckets.get(key);
    if (!bucket) return options.burst;
    const tokens = Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.ratePerSecond);
    if (tokens >= options.burst) buckets.delete(key);
    return tokens;
  };
  const waitFor = (tokens: number): number =>
    tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / options.ratePerSecond));

  return {
    take(key) {
      const t = now().getTime();
      const tokens = tokensOf(key, t);
      buckets.delete(key);
      if (buckets.size >= maxKeys) {
        const oldest = buckets.keys().next();
        if (!oldest.done) buckets.delete(oldest.value);
      }
      buckets.set(key, { tokens: tokens >= 1 ? tokens - 1 : tokens, at: t });
      return waitFor(tokens);
    },
    wait: (key) => waitFor(tokensOf(key, now().getTime())),
    isSpent: (key) => tokensOf(key, now().getTime()) < options.burst,
  };
}
