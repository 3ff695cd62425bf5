/**
 * `npm run bench`: builds the app into a temporary directory (./dist is left alone) and runs the
 * bench sections in scripts/bench/, printing every figure of every issue in one Markdown table, each
 * beside its target with PASS/MISS.
 * Options: --only <section>, --json FILE (same figures as JSON), --dist DIR (reuse a build).
 * Exits 1 when a section fails to run; a MISS is a result, not a failure.
 */
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parseArgs } from './bench/args.ts';
import { benchLaunchOptions } from './bench/browser.ts';
import { type BuiltApp, buildApp } from './bench/build-app.ts';
import type { SectionOutcome } from './bench/figures.ts';
import { printTable, type SectionReport, writeJson } from './bench/report.ts';
import { SECTIONS } from './bench/sections.ts';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const sections = args.only ? SECTIONS.filter((s) => s.name === args.only) : SECTIONS;
  if (sections.length === 0)
    throw new Error(`no section "${args.only}"; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);

  console.log(args.dist ? `using the build in ${args.dist}` : 'building the app into a temporary directory…');
  const built: BuiltApp = args.dist
    ? { distDir: resolve(args.dist), remove: async () => {} }
    : await buildApp();
  const reports: SectionReport[] = [];
  try {
    const context = { distDir: built.distDir, launchOptions: benchLaunchOptions() };
    for (const section of sections) {
      console.log(`running ${section.name}…`);
      const started = performance.now();
      const outcome = await section
        .run(context)
        .catch((error: unknown): SectionOutcome => ({ status: 'error', message: messageOf(error) }));
      reports.push({
        section: section.name,
        issue: section.issue,
        seconds: (performance.now() - started) / 1000,
        outcome,
      });
    }
  } finally {
    await built.remove();
  }

  console.log('');
  printTable(reports);
  if (args.json) {
    await writeJson(args.json, reports, {
      generatedAt: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    });
    console.log(`\nwrote ${args.json}`);
  }
  return reports.some((r) => r.outcome.status === 'error') ? 1 : 0;
}

function messageOf(error: unknown): string {
  // Playwright colours its messages; the table and the JSON want plain text.
  return stripVTControlCharacters(error instanceof Error ? error.message : String(error));
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(messageOf(error));
    process.exitCode = 1;
  },
);
