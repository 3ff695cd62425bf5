/**
 * Full-event sync: 5 jurors × 46 teams × 5 criteria, each score its own change (1,150), saved on five
 * tablets with the app's own code, then synced at once to the real server over loopback. Timed from
 * "every tablet has saved, sync starts" to "every tablet holds a receipt for every change"; the
 * server's sheets are then checked to hold exactly the 1,150 values.
 * Each tablet is a worker thread with its own fake-indexeddb, because the app's Dexie `db` is a
 * module singleton: one per thread gives five independent tablets syncing concurrently.
 */
import type { Worker } from 'node:worker_threads';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import type { Figure } from '../figures.ts';
import { round } from '../figures.ts';
import { createEnrollment, fetchSheets, startBenchServer } from './bench-server.ts';
import { compareHeldScores, type PlannedScore, planScores } from './score-plan.ts';
import type { TabletInput, TabletMessage } from './tablet-protocol.ts';
import { TabletMessageSchema } from './tablet-protocol.ts';
import { receiveFrom, startTsWorker } from './ts-worker.ts';

const PKG = DEMO_EVENT;
const PREPARE_TIMEOUT_MS = 60_000;
const SYNC_TIMEOUT_MS = 60_000;
const MAX_PASSES = 20;

interface Tablet {
  jurorId: string;
  worker: Worker;
  next: (timeoutMs: number) => Promise<TabletMessage>;
}

export async function measureFullEventSync(distDir: string | undefined): Promise<Figure[]> {
  const server = await startBenchServer({ seedPackage: PKG, distDir });
  const tablets: Tablet[] = [];
  try {
    const plans = new Map<string, PlannedScore[]>(PKG.jurors.map((j, i) => [j.id, planScores(PKG, i)]));
    for (const [jurorId, scores] of plans) {
      const code = await createEnrollment(server, PKG.event.id, jurorId);
      const input: TabletInput = { baseUrl: server.url, code, scores, maxPasses: MAX_PASSES };
      const worker = startTsWorker(new URL('./tablet-worker.ts', import.meta.url), input);
      tablets.push({ jurorId, worker, next: receiveFrom(worker, TabletMessageSchema, `tablet ${jurorId}`) });
    }

    const saved = await Promise.all(tablets.map(expectSaved));
    const changes = saved.reduce((n, m) => n + m.changes, 0);
    const started = performance.now();
    for (const t of tablets) t.worker.postMessage({ type: 'go' });
    const synced = await Promise.all(
      tablets.map(async (t) => ({ ...(await expectSynced(t)), at: performance.now() })),
    );
    const totalMs = Math.max(...synced.map((s) => s.at)) - started;

    const planned = [...plans.values()].reduce((n, p) => n + p.length, 0);
    const held = compareHeldScores(plans, await fetchSheets(server, PKG.event.id));
    if (changes !== planned || held.held !== planned || held.matching !== planned) {
      throw new Error(
        `planned ${planned} scores, tablets logged ${changes} changes, server holds ${held.held} (${held.matching} as saved)`,
      );
    }
    const uploads = synced.reduce((n, s) => n + s.uploads, 0);
    return [
      {
        name: 'full-event sync: measured with',
        value: `the app's sync client (runSyncPass) on ${tablets.length} tablets at once (worker threads + fake-indexeddb)`,
      },
      { name: 'full-event sync: changes', value: changes },
      { name: 'full-event sync: time', value: round(totalMs, 0), unit: 'ms' },
      { name: 'full-event sync: rate', value: round((changes / totalMs) * 1000, 0), unit: 'changes/s' },
      {
        name: 'full-event sync: slowest tablet',
        value: round(Math.max(...synced.map((s) => s.syncMs)), 0),
        unit: 'ms',
      },
      {
        name: 'full-event sync: of which awaiting server',
        value: round(Math.max(...synced.map((s) => s.uploadMs)), 0),
        unit: 'ms',
      },
      { name: 'full-event sync: bundles uploaded', value: uploads },
      { name: 'full-event sync: bundles answered 201', value: synced.reduce((n, s) => n + s.created, 0) },
      { name: 'full-event sync: scores on the server', value: held.matching },
      {
        name: 'full-event: saving 230 scores, slowest tablet',
        value: round(Math.max(...saved.map((s) => s.saveMs)), 0),
        unit: 'ms',
      },
    ];
  } finally {
    await Promise.all(tablets.map((t) => t.worker.terminate()));
    await server.close();
  }
}

type Saved = Extract<TabletMessage, { type: 'saved' }>;
type Synced = Extract<TabletMessage, { type: 'synced' }>;

async function expectSaved(tablet: Tablet): Promise<Saved> {
  const message = await tablet.next(PREPARE_TIMEOUT_MS);
  if (message.type !== 'saved') throw unexpected(tablet, 'saved', message);
  return message;
}

async function expectSynced(tablet: Tablet): Promise<Synced> {
  const message = await tablet.next(SYNC_TIMEOUT_MS);
  if (message.type !== 'synced') throw unexpected(tablet, 'synced', message);
  return message;
}

function unexpected(tablet: Tablet, wanted: string, got: TabletMessage): Error {
  return new Error(`tablet ${tablet.jurorId}: expected "${wanted}", got "${got.type}"`);
}
