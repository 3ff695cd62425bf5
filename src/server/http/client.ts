/**
 * Who is asking: the client's address and the origin it used. Forwarded headers are anyone's to
 * write, so they are believed only when the server is configured to sit behind a reverse proxy
 * (TRUST_PROXY), which sets them itself.
 */
import type { Context } from 'hono';

/** The client's address, for per-source limits; 'unknown' when the runtime does not say. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; anything before that came from the client.
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress(c.env) ?? 'unknown';
}

/** @hono/node-server passes the Node request as env.incoming. */
function socketAddress(env: unknown): string | undefined {
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  const incoming = env.incoming;
  if (typeof incoming !== 'object' || incoming === null || !('socket' in incoming)) return undefined;
  const socket = incoming.socket;
  if (typeof socket !== 'object' || socket === null || !('remoteAddress' in socket)) return undefined;
  return typeof socket.remoteAddress === 'string' ? socket.remoteAddress : undefined;
}
