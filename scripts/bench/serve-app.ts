/** Serves the built app for the browser benches: the real server when it runs, else a static stand-in. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from '../../test/e2e/support/server.ts';
import { startStaticServer } from './static-server.ts';

export interface ServedApp {
  url: string;
  /** Which server answered: the numbers are only comparable between runs with the same one. */
  servedBy: 'app server' | 'static fallback';
  stop: () => Promise<void>;
}

export async function serveApp(distDir: string): Promise<ServedApp> {
  if (existsSync('src/server/main.ts')) {
    try {
      const server = await startServer({ distDir });
      if (await servesThisBuild(server.url, distDir))
        return { url: server.url, servedBy: 'app server', stop: () => server.stop() };
      await server.stop();
      console.warn(
        `the app server does not serve the build in ${distDir} (DIST_DIR ignored?); using the static fallback`,
      );
    } catch (error) {
      console.warn(`app server did not start, using the static fallback: ${String(error).split('\n')[0]}`);
    }
  }
  const server = await startStaticServer(distDir);
  return { url: server.url, servedBy: 'static fallback', stop: server.stop };
}

// Measuring some other build (./dist, or none) would give figures for the wrong code.
async function servesThisBuild(url: string, distDir: string): Promise<boolean> {
  const expected = await readFile(join(distDir, 'index.html'), 'utf8');
  const response = await fetch(url, { headers: { accept: 'text/html' } }).catch(() => null);
  return response?.status === 200 && (await response.text()).trim() === expected.trim();
}
