/**
 * The two builds a chaos run deploys: the same source built with two build ids, so the service worker
 * of one is a new version to the other — "an app update deployed in the middle of an edit".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ChaosBuilds {
  a: string;
  b: string;
  remove: () => void;
}

export function buildTwice(): ChaosBuilds {
  const root = mkdtempSync(join(tmpdir(), 'juri-chaos-builds-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  build(a, 'chaos-build-a');
  build(b, 'chaos-build-b');
  return { a, b, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Builds the app into `outDir` with its own build id. */
export function build(outDir: string, buildId: string): void {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { env: { ...process.env, BUILD_ID: buildId }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
