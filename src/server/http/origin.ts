/**
 * The origin tablets should use in enrollment links: PUBLIC_URL when configured, else the request's
 * own. X-Forwarded-Proto/-Host name the real origin behind a reverse proxy, but any client can send
 * them, so they count only with TRUST_PROXY; and even then only a plain scheme and host are taken.
 */
import type { Context } from 'hono';

const FORWARDED_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function publicOrigin(c: Context, publicUrl: string | undefined, trustProxy = false): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const url = new URL(c.req.url);
  const own = { proto: url.protocol.replace(':', ''), host: url.host };
  if (!trustProxy) return `${own.proto}://${own.host}`;
  const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
  const host = c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim();
  const scheme = proto === 'https' || proto === 'http' ? proto : own.proto;
  return `${scheme}://${host && FORWARDED_HOST.test(host) ? host : own.host}`;
}

export const enrollmentUrl = (origin: string, code: string): string =>
  `${origin}/enroll?code=${encodeURIComponent(code)}`;
