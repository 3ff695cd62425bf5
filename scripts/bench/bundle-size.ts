/** Section `bundle-size`: what the juror's first load costs over the wire, gzipped. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext, Figure, SectionOutcome } from './figures.ts';
import { round } from './figures.ts';
import { initialAssets } from './initial-assets.ts';

export const INITIAL_BUDGET_KIB = 60;

export async function measureBundleSize({ distDir }: BenchContext): Promise<SectionOutcome> {
  const initial = await initialAssets(distDir);
  const all = (await listFiles(distDir)).filter(isAppAsset);
  const initialKiB = await gzippedKiB(initial);
  const figures: Figure[] = [
    {
      name: 'initial route JS+CSS (gzip -9)',
      value: round(initialKiB),
      unit: 'KiB',
      target: { op: '<=', value: INITIAL_BUDGET_KIB },
    },
    {
      name: 'initial route files',
      value: initial
        .map((f) => relative(distDir, f))
        .sort()
        .join(', '),
    },
    {
      name: 'all app JS+CSS, lazy chunks included (gzip -9)',
      value: round(await gzippedKiB(all)),
      unit: 'KiB',
    },
    { name: 'app JS+CSS files in the build', value: all.length },
  ];
  return { status: 'ok', figures };
}

async function gzippedKiB(files: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(file), { level: 9 }).length;
  return bytes / 1024;
}

// The service worker and its Workbox runtime are not part of the page the juror waits for.
function isAppAsset(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  return /\.(js|css)$/.test(name) && name !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(name);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? listFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]),
    ),
  );
  return nested.flat();
}
