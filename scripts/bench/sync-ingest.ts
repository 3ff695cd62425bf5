/**
 * Bench section `sync` (loaded by optional-sections.ts): the time to sync a full event from five
 * tablets through the app's own sync client, and the server's ingest rate beside a bare Hono +
 * better-sqlite3 endpoint writing the same rows without checks (sync/bare-endpoint.ts). Everything
 * runs on 127.0.0.1 against the real server on a temporary DATA_DIR.
 * Runs alone too: `npx tsx scripts/bench/sync-ingest.ts` prints the same figures.
 */
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { BenchContext, Figure } from './figures.ts';
import { printTable } from './report.ts';
import { measureFullEventSync } from './sync/full-event-sync.ts';
import { measureIngest } from './sync/ingest.ts';

/** The built app is only served, never requested: without one the server gets an empty folder. */
export async function runSyncIngestBench(context: Partial<BenchContext> = {}): Promise<Figure[]> {
  const sync = await measureFullEventSync(context.distDir);
  const ingest = await measureIngest(context.distDir);
  return [...sync, ...ingest];
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures = await runSyncIngestBench();
  printTable([
    { section: 'sync', seconds: (performance.now() - started) / 1000, outcome: { status: 'ok', figures } },
  ]);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  main().catch((error: unknown) => {
    console.error(
      stripVTControlCharacters(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
    process.exitCode = 1;
  });
}
