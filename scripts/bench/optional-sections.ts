/**
 * ── HOOKS for sections other helpers own ──
 * `offline-cold-start`: scripts/bench/offline-cold-start.ts exports
 *     measureOfflineColdStart({ distDir, reloads, launchOptions }) → Figure[] (app, bare page, ratio)
 * `sync`: scripts/bench/sync-ingest.ts exports
 *     runSyncIngestBench(context: BenchContext): Promise<Record<string, number | string>>
 * A hook may answer a record of numbers, strings or sample arrays (printed as information), or
 * Figure[] to give figures targets (PASS/MISS). Until its file exists a section prints
 * "not available". Both load by computed path, so this file type-checks with or without them.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import type { BenchContext, Figure, Section, SectionOutcome } from './figures.ts';
import { round } from './figures.ts';

export const OFFLINE_RELOADS = 10;

const FigureSchema = v.object({
  name: v.string(),
  value: v.union([v.number(), v.string()]),
  unit: v.optional(v.string()),
  target: v.optional(v.object({ op: v.picklist(['<=', '>=']), value: v.number() })),
});
const ResultSchema = v.union([
  v.array(FigureSchema),
  v.record(v.string(), v.union([v.number(), v.string(), v.array(v.number())])),
]);

function hook(name: string, file: string, exportName: string, extra: Record<string, unknown> = {}): Section {
  return {
    name,
    run: async (context: BenchContext): Promise<SectionOutcome> => {
      const url = new URL(file, import.meta.url);
      if (!existsSync(fileURLToPath(url)))
        return { status: 'not-available', reason: `${file} does not exist yet` };
      const mod: unknown = await import(url.href);
      const measure = typeof mod === 'object' && mod !== null ? Reflect.get(mod, exportName) : undefined;
      if (typeof measure !== 'function')
        return { status: 'not-available', reason: `${file} does not export ${exportName}()` };
      const parsed = v.safeParse(ResultSchema, await measure({ ...context, ...extra }));
      if (!parsed.success)
        return { status: 'error', message: `${exportName}() returned ${v.summarize(parsed.issues)}` };
      const figures: Figure[] = Array.isArray(parsed.output)
        ? parsed.output
        : Object.entries(parsed.output).map(([key, value]) => figureOf(key, value));
      return { status: 'ok', figures };
    },
  };
}

function figureOf(name: string, value: number | string | number[]): Figure {
  const unit = /Ms$/.test(name) ? 'ms' : undefined;
  if (!Array.isArray(value)) return { name, value: typeof value === 'number' ? round(value) : value, unit };
  return { name: `${name} (${value.length})`, value: value.map((x) => round(x, 1)).join(', '), unit };
}

export const offlineColdStartSection = hook(
  'offline-cold-start',
  './offline-cold-start.ts',
  'measureOfflineColdStart',
  {
    reloads: OFFLINE_RELOADS,
  },
);
export const syncSection = hook('sync', './sync-ingest.ts', 'runSyncIngestBench');
