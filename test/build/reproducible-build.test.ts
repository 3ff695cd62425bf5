/**
 * The same source builds to the same files and the same build id. `npm start` rebuilds every time,
 * so otherwise each server restart during an event would make every tablet offer "Versi baru
 * tersedia". Builds the app twice, into two temporary folders, and compares every file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, sourceBuildId } from '../../scripts/build-id.ts';

const root = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'juri-repro-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildInto(name: string): string {
  const outDir = join(scratch, name);
  const env = { ...process.env };
  delete env.BUILD_ID;
  const run = spawnSync(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, env, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}

/** Every file of a build with the SHA-256 of its bytes, by path. */
function fingerprint(dir: string): Record<string, string> {
  const files = (path: string): string[] =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => files(join(path, n))) : [path];
  return Object.fromEntries(
    files(dir)
      .map((file): [string, string] => [
        relative(dir, file).split(sep).join('/'),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      ])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

describe('a reproducible build', () => {
  it('builds the same source twice into byte-identical files carrying the same build id', () => {
    const first = buildInto('first');
    const second = buildInto('second');

    const a = fingerprint(first);
    expect(Object.keys(a)).toContain('sw.js');
    expect(fingerprint(second)).toEqual(a);

    const id = `src-${sourceBuildId(root)}`;
    const carriers = Object.keys(a).filter((path) => readFileSync(join(first, path), 'latin1').includes(id));
    expect(carriers.length).toBeGreaterThan(0);
  }, 240_000);

  it('derives the build id from the content of the inputs only', () => {
    const copy = join(scratch, 'inputs');
    for (const input of ['index.html', 'src/shared'])
      cpSync(join(root, input), join(copy, input), { recursive: true });
    const inputs = ['index.html', 'src/shared', 'not-there'];
    const before = sourceBuildId(copy, inputs);
    expect(sourceBuildId(copy, inputs)).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{12}$/);

    writeFileSync(join(copy, 'index.html'), `${readFileSync(join(copy, 'index.html'), 'utf8')}\n`);
    expect(sourceBuildId(copy, inputs)).not.toBe(before);
    expect(BUILD_INPUTS).not.toContain('src/server');
  });
});
