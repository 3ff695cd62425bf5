/**
 * After one online visit the tablet must start with no network at all: every file the app can ask
 * for (lazily loaded screens included) has to be in the service worker's precache list, and every
 * entry of that list has to exist (one missing file makes the whole worker install fail).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listDist, readDist, readPrecacheUrls, requireDist } from './dist.ts';

// The worker's own scripts are fetched by the browser's update check, never from the cache.
const isWorkerScript = (path: string) => path === 'sw.js' || /^workbox-[\w-]+\.js$/.test(path);
const mustBeCached = /\.(js|css|html|png|svg|ico|webp|woff2?)$/;

describe('service worker precache', () => {
  let precached: Set<string>;
  let files: string[];
  beforeAll(() => {
    requireDist();
    precached = new Set(readPrecacheUrls());
    files = listDist();
  });

  it('holds every script, style sheet, page, icon and font of the build', () => {
    const expected = files.filter((f) => mustBeCached.test(f) && !isWorkerScript(f));
    expect(expected.length).toBeGreaterThan(3);
    const missing = expected.filter((f) => !precached.has(f));
    expect(missing, `not precached, so unavailable offline: ${missing.join(', ')}`).toEqual([]);
  });

  it('holds the lazily loaded screens and the web manifest', () => {
    const urls = [...precached];
    expect(urls.some((u) => /^assets\/score-sheet-screen-[\w-]+\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => /^assets\/status-screen-[\w-]+\.js$/.test(u))).toBe(true);
    expect(urls).toContain('manifest.webmanifest');
    expect(urls).toContain('index.html');
  });

  it('lists only files that exist in the build', () => {
    const present = new Set(files);
    const dangling = [...precached].filter((u) => !present.has(u));
    expect(
      dangling,
      `precache entries with no file (the worker would fail to install): ${dangling.join(', ')}`,
    ).toEqual([]);
  });

  it('never precaches the API or the worker itself', () => {
    const wrong = [...precached].filter((u) => u.startsWith('api/') || isWorkerScript(u));
    expect(wrong).toEqual([]);
  });
});

describe('service worker routing', () => {
  let sw: string;
  beforeAll(() => {
    requireDist();
    sw = readDist('sw.js');
  });

  it('answers navigations with the precached index.html, except under /api/', () => {
    expect(sw).toMatch(/NavigationRoute\(\s*\w+\.createHandlerBoundToURL\(\s*["']index\.html["']\s*\)/);
    expect(sw).toMatch(/denylist:\s*\[\s*\/\^\\\/api\\\/\//);
  });

  it('has no runtime route, so no API answer is ever cached', () => {
    expect(sw.match(/registerRoute\(/g)).toHaveLength(1);
  });

  it('waits for the juror: skips waiting only on a SKIP_WAITING message, and cleans old caches', () => {
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/["']SKIP_WAITING["']\s*===\s*\w+\.data\.type\s*&&\s*self\.skipWaiting\(\)/);
    expect(sw).toContain('cleanupOutdatedCaches()');
  });
});
