/**
 * The request body limit, answered before any parsing. Same rule as hono/body-limit, which first asks
 * `c.req.raw.body`: on @hono/node-server that one property read turns the lightweight request into a
 * full web Request with a stream over the socket — most of a small POST's cost. A declared length is
 * checked from the header (Node's parser never delivers more body than Content-Length says), so the
 * body can later be read straight from the socket; only a body without one is counted as it streams.
 */
import type { Context, MiddlewareHandler } from 'hono';

export function limitBody(maxBytes: number, onTooLarge: (c: Context) => Response): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(declared, 10) > maxBytes ? onTooLarge(c) : next();
    }
    const body = c.req.raw.body;
    if (!body) return next();
    const reader = body.getReader();
    let buffer = new Uint8Array(0);
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // The rest is left unread, as hono/body-limit does: the answer still reaches the client.
      if (size + value.length > maxBytes) return onTooLarge(c);
      if (size + value.length > buffer.length) {
        const grown = new Uint8Array(Math.min(maxBytes, Math.max(size + value.length, buffer.length * 2)));
        grown.set(buffer.subarray(0, size));
        buffer = grown;
      }
      buffer.set(value, size);
      size += value.length;
    }
    c.req.raw = new Request(c.req.raw, { body: buffer.subarray(0, size) });
    return next();
  };
}
