/**
 * The build id the app shows on its status screen: a hash of everything that goes into the browser
 * build, so the same source always builds to the same files. `npm start` rebuilds on every start; with
 * a build time in the id, each server restart during an event would show every tablet "Versi baru
 * tersedia" for an app that did not change. Server-only files are left out for the same reason.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files and folders (relative to the project root) whose content decides the built app. */
export const BUILD_INPUTS = [
  'index.html',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'scripts/build-id.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.app.json',
  'public',
  'src/app',
  'src/shared',
] as const;

/** 12 hex digits of a SHA-256 over the inputs' paths and bytes, in a fixed order. */
export function sourceBuildId(root: string, inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256');
  for (const path of inputs.flatMap((input) => listFiles(root, join(root, input))).sort()) {
    hash.update(path);
    hash.update('\0');
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

function listFiles(root: string, path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [relative(root, path).split(sep).join('/')];
  return readdirSync(path).flatMap((name) => listFiles(root, join(path, name)));
}
