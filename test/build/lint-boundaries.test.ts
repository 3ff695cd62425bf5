/**
 * The house rules are lint rules (biome.json overrides): a wrong import in each forbidden direction
 * must fail `npm run lint`, and the allowed ones must pass. Each case lints one probe file placed at
 * the path it names, in a scratch copy of the project's Biome config.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const biome = resolve('node_modules/.bin/biome');
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

interface Report {
  diagnostics: { category: string; message: string; location: { path: string } }[];
}

function restrictedImportErrors(path: string, specifier: string): string[] {
  const scratch = mkdtempSync(join(tmpdir(), 'juri-lint-'));
  scratchDirs.push(scratch);
  copyFileSync('biome.json', join(scratch, 'biome.json'));
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `import probe from '${specifier}';\nexport const used = probe;\n`);
  // Biome exits 1 when it reports errors; the JSON report is on stdout either way.
  const output = spawnSync(biome, ['lint', '--reporter=json', path], {
    cwd: scratch,
    encoding: 'utf8',
  }).stdout;
  const report = JSON.parse(output) as Report;
  return report.diagnostics
    .filter((d) => d.category === 'lint/style/noRestrictedImports')
    .map((d) => d.message);
}

describe('forbidden imports fail the lint', () => {
  it.each([
    ['shared imports app code', 'src/shared/x.ts', '#app/db/database.ts', /src\/shared is pure/],
    ['shared imports server code', 'src/shared/x.ts', '#server/db.ts', /src\/shared is pure/],
    ['shared imports Node', 'src/shared/x.ts', 'node:crypto', /src\/shared is pure/],
    ['shared imports a DOM library', 'src/shared/x.ts', 'preact', /src\/shared is pure/],
    ['app imports the server', 'src/app/screens/x.tsx', '#server/ingest.ts', /never imports the server/],
    ['app imports SQLite', 'src/app/sync/x.ts', 'better-sqlite3', /never imports the server/],
    ['server imports the app', 'src/server/routes/x.ts', '#app/db/database.ts', /never imports the tablet/],
    ['a screen imports Dexie', 'src/app/screens/x.tsx', 'dexie', /Only src\/app\/db/],
    ['the sync loop imports Dexie', 'src/app/sync/x.ts', 'dexie', /Only src\/app\/db/],
    [
      'a component imports workbox-window',
      'src/app/components/x.tsx',
      'workbox-window',
      /Only src\/app\/pwa/,
    ],
    ['db registers the service worker', 'src/app/db/x.ts', 'virtual:pwa-register', /Only src\/app\/pwa/],
    ['a route runs SQL', 'src/server/routes/x.ts', 'better-sqlite3', /Only src\/server\/store/],
    ['ingest runs SQL', 'src/server/ingest.ts', 'better-sqlite3', /Only src\/server\/store/],
    ['a relative import in the app', 'src/app/screens/x.tsx', '../db/database.ts', /not a relative path/],
    ['a relative import in the server', 'src/server/x.ts', './db.ts', /not a relative path/],
  ])('%s', (_name, path, specifier, message) => {
    const errors = restrictedImportErrors(path, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });
});

describe('allowed imports pass the lint', () => {
  it.each([
    ['shared imports valibot', 'src/shared/x.ts', 'valibot'],
    ['shared imports shared', 'src/shared/x.ts', '#shared/event.ts'],
    ['app imports shared', 'src/app/screens/x.tsx', '#shared/scoring.ts'],
    ['db imports Dexie', 'src/app/db/x.ts', 'dexie'],
    ['pwa imports workbox-window', 'src/app/pwa/x.ts', 'workbox-window'],
    ['a screen imports a repository', 'src/app/screens/x.tsx', '#app/db/sheets-repo.ts'],
    ['the store runs SQL', 'src/server/store/x.ts', 'better-sqlite3'],
    ['the migration runner runs SQL', 'src/server/db.ts', 'better-sqlite3'],
    ['server imports shared', 'src/server/x.ts', '#shared/bundle.ts'],
    ['server imports Hono', 'src/server/x.ts', 'hono'],
  ])('%s', (_name, path, specifier) => {
    expect(restrictedImportErrors(path, specifier)).toEqual([]);
  });
});
