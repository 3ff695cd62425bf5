/**
 * One juror's tablet driven through the app's own code: enrollWithCode, saveScore for every team and
 * criterion, then runSyncPass (outbox → signed bundles → upload in order → receipts) until the
 * server has confirmed every change. Runs inside a worker with fake-indexeddb.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as v from 'valibot';
import { type Credential, getCredential } from '#app/db/credential-repo.ts';
import { countUnconfirmedChanges } from '#app/db/outbox-count.ts';
import { saveScore } from '#app/db/sheets-repo.ts';
import { getSyncStatus } from '#app/db/sync-status-repo.ts';
import { enrollWithCode } from '#app/sync/enroll.ts';
import { runSyncPass } from '#app/sync/sync-pass.ts';
import { BUNDLES_PATH } from '#app/sync/upload-bundle.ts';
import { GoSchema, type TabletInput, TabletInputSchema, type TabletMessage } from './tablet-protocol.ts';
import { describeError } from './ts-worker.ts';

const RETRY_PAUSE_MS = 100;

interface Uploads {
  sent: number;
  created: number;
  /** Time from sending a bundle to the server's response headers, summed. */
  ms: number;
}

export async function runTablet(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('tablet.ts runs in a worker thread');
  try {
    const input = v.parse(TabletInputSchema, workerData);
    const uploads: Uploads = { sent: 0, created: 0, ms: 0 };
    const fetchImpl = serverFetch(input.baseUrl, uploads);
    const credential = await enroll(input.code, fetchImpl);

    const saveStarted = performance.now();
    const changes = await saveAll(credential, input.scores);
    send(port, { type: 'saved', changes, saveMs: performance.now() - saveStarted });

    await new Promise<void>((resolve) =>
      port.once('message', (m: unknown) => {
        v.parse(GoSchema, m);
        resolve();
      }),
    );
    const syncStarted = performance.now();
    const passes = await syncUntilConfirmed(credential, fetchImpl, input.maxPasses);
    send(port, {
      type: 'synced',
      syncMs: performance.now() - syncStarted,
      passes,
      uploads: uploads.sent,
      created: uploads.created,
      uploadMs: uploads.ms,
    });
  } catch (error) {
    port.postMessage({ type: 'failed', message: describeError(error) });
  }
}

async function enroll(code: string, fetchImpl: typeof fetch): Promise<Credential> {
  const enrolled = await enrollWithCode(code, { fetchImpl });
  if (!enrolled.ok) throw new Error(`enrollment: ${enrolled.failure} ${enrolled.detail ?? ''}`);
  const credential = await getCredential();
  if (!credential) throw new Error('enrollment stored no credential');
  return credential;
}

async function saveAll(credential: Credential, scores: TabletInput['scores']): Promise<number> {
  let changes = 0;
  for (const s of scores) {
    const ref = { eventId: credential.eventId, jurorId: credential.jurorId, teamId: s.teamId };
    const { change } = await saveScore(ref, s.criterionId, s.value);
    if (change) changes++;
  }
  return changes;
}

/** Sync passes until nothing is unconfirmed; returns how many passes it took. */
async function syncUntilConfirmed(
  credential: Credential,
  fetchImpl: typeof fetch,
  maxPasses: number,
): Promise<number> {
  for (let pass = 0; pass < maxPasses; pass++) {
    if ((await countUnconfirmedChanges(credential)) === 0) return pass;
    const result = await runSyncPass({ fetchImpl });
    if (result.kind === 'stopped') {
      const { problem } = await getSyncStatus();
      throw new Error(`sync stopped: ${problem?.code ?? '?'} ${problem?.detail ?? ''}`);
    }
    // Nothing should fail on loopback; a transient problem is retried like the app would, but bounded.
    if (result.kind === 'retry') await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
  }
  const left = await countUnconfirmedChanges(credential);
  if (left > 0) throw new Error(`${left} changes still unconfirmed after ${maxPasses} passes`);
  return maxPasses;
}

/** The page's same-origin fetch, pointed at the bench server, counting bundle uploads on the way. */
function serverFetch(baseUrl: string, uploads: Uploads): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? new URL(input, baseUrl) : input;
    const started = performance.now();
    const response = await fetch(url, init);
    if (String(url).endsWith(BUNDLES_PATH)) {
      uploads.ms += performance.now() - started;
      uploads.sent++;
      if (response.status === 201) uploads.created++;
    }
    return response;
  };
}

function send(port: NonNullable<typeof parentPort>, message: TabletMessage): void {
  port.postMessage(message);
}
