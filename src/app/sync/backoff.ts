/** Exponential backoff with full jitter: after n failures wait a random time up to base·2^(n-1), capped. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 3 * 60_000;
// Full jitter may draw ~0; a floor keeps a dead server from being hit in a tight loop.
const BACKOFF_FLOOR_MS = 500;

export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.max(BACKOFF_FLOOR_MS, Math.floor(random() * ceiling));
}
