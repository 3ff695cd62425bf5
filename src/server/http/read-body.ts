/**
 * Reading a JSON request body, after the route has authenticated the caller: nothing here runs
 * before requireDevice/requireOrganizer, so an anonymous client cannot make the server read (and
 * hold) half a megabyte. The limit is answered before any parsing: a declared Content-Length from
 * the header (Node's parser never delivers more than it says), a chunked body by counting as it
 * streams. A client that aborts mid-body is a client error, answered (to nobody) and not logged as
 * a server failure. The bytes must be UTF-8: a malformed sequence is refused, not replaced with
 * U+FFFD, so the text that is verified and stored is the text that was sent.
 */
import type { Context } from 'hono';
import { type ApiFailure, fail } from '#server/http/errors.ts';
import { MAX_BODY_BYTES } from '#shared/api.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set once per request by createApp: the largest body a route may read. */
    maxBodyBytes: number;
  }
}

export type BodyText = { ok: true; text: string } | { ok: false; failure: ApiFailure };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function readJsonText(c: Context, maxBytes?: number): Promise<BodyText> {
  const limit = maxBytes ?? c.get('maxBodyBytes') ?? MAX_BODY_BYTES;
  if (!isJson(c.req.header('content-type')))
    return refuse(fail('unsupported_media_type', 'Content-Type must be application/json'));
  let bytes: Uint8Array | 'too_large';
  try {
    bytes = await readLimited(c, limit);
  } catch {
    return refuse(fail('invalid_request', 'the request body was cut off before its end'));
  }
  if (bytes === 'too_large') return refuse(fail('payload_too_large', `request body exceeds ${limit} bytes`));
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return refuse(fail('invalid_json', 'request body is not valid UTF-8'));
  }
}

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

async function readLimited(c: Context, limit: number): Promise<Uint8Array | 'too_large'> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
    if (!/^\d+$/.test(declared) || Number(declared) > limit) return 'too_large';
    // Read straight from the socket: on @hono/node-server, touching c.req.raw.body would first turn
    // the lightweight request into a full web Request with a stream — most of a small POST's cost.
    return new Uint8Array(await c.req.raw.arrayBuffer());
  }
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      // The rest is left unread (as hono/body-limit does): the answer still reaches the client.
      void reader.cancel().catch(() => {});
      return 'too_large';
    }
    chunks.push(value);
  }
  return concat(chunks, size);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const refuse = (failure: ApiFailure): BodyText => ({ ok: false, failure });
