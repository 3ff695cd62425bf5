/**
 * `npm run results`: recomputes an event's results from the raw bundles in the SQLite file — the same
 * computation as GET /api/admin/events/:id/results — and prints the ranking and the data fingerprint.
 * Opens the file read-only, so it is safe beside a running server. Exit 0 on success, 1 when the
 * results cannot be computed or do not match the stored sheets, 2 on bad options.
 */
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { computeEventResults } from '#server/event-results.ts';
import { createStore } from '#server/store/index.ts';
import { parseResultsArgs } from './args.ts';
import { formatResults } from './print.ts';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function runResults(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Output,
): Promise<number> {
  const parsed = parseResultsArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    return 2;
  }
  const { event, data, top, json } = parsed.args;
  const file = join(resolve(data ?? env.DATA_DIR ?? './data'), 'juri.sqlite');
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    io.err(`cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const store = createStore(db);
    const computed = await computeEventResults(store, event, top ? { topGroups: top } : {});
    if (!computed.ok) {
      io.err(`${computed.failure.code}: ${computed.failure.message}`);
      return 1;
    }
    const pkg = store.events.get(event);
    if (!pkg) throw new Error(`event ${event} vanished`);
    io.out(json ? JSON.stringify(computed.value, null, 2) : formatResults(pkg, computed.value));
    return 0;
  } finally {
    db.close();
  }
}
