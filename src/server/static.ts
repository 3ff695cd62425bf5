/**
 * Serves the built PWA from dist/. The page and the service worker are revalidated on every load
 * (`no-cache`) so an update is noticed; Vite's hashed files under /assets never change, so they are
 * cached for good. Navigations to client routes (/enroll?code=…) get index.html.
 *
 * Text files are sent as the brotli or gzip copy the build wrote beside them
 * (scripts/build/precompress.ts) when the client accepts one, with Content-Encoding and
 * `Vary: Accept-Encoding`; otherwise as they are. API JSON is small and stays uncompressed.
 */
import { existsSync } from 'node:fs';
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
  // A cache between server and tablet must not hand an encoded copy to a client that did not ask
  // for it, nor the plain one to every client: the answer depends on Accept-Encoding either way.
  if (!c.res.headers.get('Vary')?.includes('Accept-Encoding'))
    c.res.headers.append('Vary', 'Accept-Encoding');
};

/** Wraps `api` so the same origin also serves the app. */
export function withStaticApp(api: Hono, distDir: string): Hono {
  const root = new Hono();
  root.use('*', cacheHeaders);
  root.route('/', api);
  root.use('*', serveStatic({ root: distDir, precompressed: true }));
  const indexPage = serveStatic({ root: distDir, path: 'index.html', precompressed: true });
  root.get('*', async (c, next) => {
    if (!(c.req.header('Accept') ?? '').includes('text/html')) return c.text('Not found', 404);
    if (!existsSync(join(distDir, 'index.html')))
      return c.text('Juri app not built: run `npm run build` first.', 503);
    return indexPage(c, next);
  });
  return root;
}
