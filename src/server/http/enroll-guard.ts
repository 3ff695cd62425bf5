/**
 * Keeps guessing enrollment codes hopeless without locking real jurors out. Only a code that names
 * nothing counts as a guess (used or expired codes were real once). Each source (client address) has
 * its own budget of wrong codes; beyond that, sources that have guessed wrong share one budget, so a
 * crowd of addresses cannot guess fast either. A source with no recent wrong code is never held back
 * by the shared budget: a juror typing a fresh, valid code gets through while someone elsewhere
 * guesses. (Behind a venue NAT the tablets share one address with any guesser on that Wi-Fi; with
 * TRUST_PROXY and a reverse proxy, the address is the client's own.)
 *
 * The arithmetic: a code is 8 characters from 32, 32^8 = 2^40 ≈ 1.1 × 10^12 codes, each valid for
 * 72 h. One source gets 10 guesses at once, then one per 6 s: 10 + 72 × 600 ≈ 43,000 guesses in a
 * code's lifetime; with even 1,000 codes open at once that finds one with probability ≈ 4 × 10^-5.
 * All failing sources together get 100 at once, then one per second: ≈ 260,000 guesses in 72 h,
 * plus one per fresh address, ≈ 2.4 × 10^-4 for a thousand open codes. A single source alone
 * (10 a minute) cannot drain the shared budget (60 a minute).
 */
import { createTokenBuckets, type RateLimitOptions } from '#server/http/token-bucket.ts';

export interface EnrollGuardOptions {
  perSource: RateLimitOptions;
  shared: RateLimitOptions;
}

export const DEFAULT_ENROLL_GUARD: EnrollGuardOptions = {
  perSource: { ratePerSecond: 1 / 6, burst: 10 },
  shared: { ratePerSecond: 1, burst: 100 },
};

/** Sources remembered at once; the oldest is forgotten first (it then starts with a full budget). */
const MAX_SOURCES = 10_000;

export interface EnrollGuard {
  /** Seconds `source` must wait before its next attempt; 0 when it may go ahead. */
  wait(source: string): number;
  /** Counts a wrong code from `source`. */
  spend(source: string): void;
}

export function createEnrollGuard(options: EnrollGuardOptions, now: () => Date): EnrollGuard {
  const perSource = createTokenBuckets(options.perSource, now, MAX_SOURCES);
  const shared = createTokenBuckets(options.shared, now, 1);
  return {
    wait(source) {
      const own = perSource.wait(source);
      if (own > 0 || !perSource.isSpent(source)) return own;
      return shared.wait('');
    },
    spend(source) {
      perSource.take(source);
      shared.take('');
    },
  };
}
