/** The origin tablets should use in enrollment links: PUBLIC_URL when configured, else the request's own. */
import type { Context } from 'hono';

export function publicOrigin(c: Context, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  // Behind a reverse proxy the request URL is the proxy's upstream; the forwarded headers name the real one.
  const url = new URL(c.req.url);
  const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  const host = c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim() || c.req.header('Host') || url.host;
  return `${proto}://${host}`;
}

export const enrollmentUrl = (origin: string, code: string): string =>
  `${origin}/enroll?code=${encodeURIComponent(code)}`;
