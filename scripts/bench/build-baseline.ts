/**
 * Builds the bare cold-start page (cold-start-baseline/) into a throw-away directory with the same
 * Vite, Preact preset and Workbox precache setup as the app, so the two differ only in what they do
 * before the first row.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { BuiltApp } from './build-app.ts';

export async function buildBaseline(): Promise<BuiltApp> {
  const root = await mkdtemp(join(tmpdir(), 'juri-bench-bare-'));
  const distDir = join(root, 'dist');
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    await build({
      root: fileURLToPath(new URL('./cold-start-baseline/', import.meta.url)),
      configFile: false,
      logLevel: 'warn',
      plugins: [
        preact(),
        VitePWA({
          injectRegister: false,
          manifest: false,
          workbox: {
            globPatterns: ['**/*.{js,css,html}'],
            navigateFallback: 'index.html',
            clientsClaim: true,
            skipWaiting: true,
          },
        }),
      ],
      build: {
        outDir: distDir,
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: { polyfill: false },
      },
    });
  } catch (error) {
    await remove();
    throw error;
  }
  return { distDir, remove };
}
