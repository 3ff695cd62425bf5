/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds; undefined when absent or unreadable. */
const MAX_WAIT_MS = 10 * 60_000;

export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (!Number.isFinite(ms)) return undefined;
  // A wrong clock or a hostile proxy must not park the outbox for hours.
  return Math.min(Math.max(ms, 0), MAX_WAIT_MS);
}
