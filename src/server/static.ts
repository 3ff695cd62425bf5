/**
 * Serves the built PWA from dist/. The page and the service worker are revalidated on every load
 * (`no-cache`) so an update is noticed; Vite's hashed files under /assets never change, so they are
 * cached for good. Navigations to client routes (/enroll?code=…) get index.html.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function cacheControlFor(path: string): string {
  return path.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
}

const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.path.startsWith('/api/') || c.res.status !== 200) return;
  c.res.headers.set('Cache-Control', cacheControlFor(c.req.path));
};

/** Wraps `api` so the same origin also serves the app. */
export function withStaticApp(api: Hono, distDir: string): Hono {
  const root = new Hono();
  root.use('*', cacheHeaders);
  root.route('/', api);
  root.use('*', serveStatic({ root: distDir }));
  root.get('*', async (c) => {
    if (!(c.req.header('Accept') ?? '').includes('text/html')) return c.text('Not found', 404);
    const html = await readFile(join(distDir, 'index.html'), 'utf8').catch(() => undefined);
    if (html === undefined) return c.text('Juri app not built: run `npm run build` first.', 503);
    return c.html(html, 200, { 'Cache-Control': 'no-cache' });
  });
  return root;
}
