/** Reads the built app (`npm test` runs `vite build` first); DIST_DIR points the tests at another build. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const distDir = resolve(process.env.DIST_DIR ?? 'dist');

/** Throws a message that says what to do, instead of a bare ENOENT, when there is no build. */
export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'sw.js'))) {
    throw new Error(
      `No built app in ${distDir} (index.html and sw.js expected). Run \`npm run build\` first.`,
    );
  }
}

export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

export function readDistBytes(path: string): Buffer {
  return readFileSync(join(distDir, path));
}

export function distHas(path: string): boolean {
  return existsSync(join(distDir, path));
}

/** Every file under dist/, as a URL path relative to the root ("assets/index-abc.js"). */
export function listDist(dir: string = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listDist(full) : [relative(distDir, full).split(sep).join('/')];
  });
}

/**
 * The URLs in the service worker's precache manifest. generateSW inlines the manifest into sw.js;
 * should a future plugin move it into the Workbox chunk that sw.js imports, that chunk is read too.
 */
export function readPrecacheUrls(): string[] {
  const sw = readDist('sw.js');
  const imported = [...sw.matchAll(/["']\.\/(workbox-[\w-]+)(?:\.js)?["']/g)].map((m) => `${m[1]}.js`);
  const sources = [sw, ...imported.filter(distHas).map(readDist)];
  const calls = sources.flatMap((source) => [...source.matchAll(/precacheAndRoute\(\s*(\[[\s\S]*?\])\s*,/g)]);
  if (calls.length === 0)
    throw new Error('sw.js has no precacheAndRoute([...]) call: is this a generateSW build?');
  return calls.flatMap((call) =>
    [...(call[1] ?? '').matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1] ?? ''),
  );
}
