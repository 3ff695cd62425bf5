/**
 * The outbox: turns the enrolled juror's unsent change-log entries into signed bundles and records
 * what the server confirmed. The only code that touches db.bundles. Nothing here ever deletes: a
 * bundle is stored once as built (so a resend is byte-identical) and only its state moves on.
 *   change: unsent → bundled (in a pending bundle) → sent (the bundle has a valid receipt)
 */

import { type BundleRow, type ChangeRow, db } from '#app/db/database.ts';
import {
  BUNDLE_VERSION,
  type BundleReceipt,
  bundleHash,
  MAX_CHANGES_PER_BUNDLE,
  type ScoreBundle,
  signBundle,
  verifyBundleSignature,
} from '#shared/bundle.ts';
import { randomId } from '#shared/runtime.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

/** What building needs to know about the enrolled device (a subset of the stored credential). */
export interface ChainOwner {
  deviceId: string;
  jurorId: string;
  eventId: string;
  secret: string;
  expectedSeq: number;
  prevHash: string;
}

export type BuildResult =
  | { kind: 'built'; bundle: BundleRow }
  | { kind: 'nothing' }
  /** Another juror's change sits in this device's seq run, so the run cannot be sent contiguously. */
  | { kind: 'blocked'; seq: number }
  /** The log or the chain moved while signing; build again. */
  | { kind: 'raced' };

interface ChainHead {
  nextSeq: number;
  prevHash: string;
}

/**
 * Builds, signs and stores the next bundle. Signing (WebCrypto) happens between two transactions,
 * because an IndexedDB transaction dies across a non-IndexedDB await; the second one re-checks that
 * nothing moved before storing.
 */
export async function buildNextBundle(owner: ChainOwner, now = new Date()): Promise<BuildResult> {
  const planned = await db.transaction('r', [db.bundles, db.changes], async () => {
    const head = await readChainHead(owner);
    return { head, run: await readUnsentRun(owner, head) };
  });
  if (planned.run.length === 0) {
    const stuck = await findStuckChange(owner, planned.head);
    return stuck === undefined ? { kind: 'nothing' } : { kind: 'blocked', seq: stuck };
  }

  const { head, run } = planned;
  const bundle = await signBundle(
    {
      version: BUNDLE_VERSION,
      bundleId: `b-${randomId(12)}`,
      deviceId: owner.deviceId,
      jurorId: owner.jurorId,
      eventId: owner.eventId,
      fromSeq: head.nextSeq,
      toSeq: head.nextSeq + run.length - 1,
      prevHash: head.prevHash,
      createdAt: now.toISOString(),
      changes: run.map(toEntry),
    },
    owner.secret,
  );
  const row: BundleRow = {
    bundleId: bundle.bundleId,
    fromSeq: bundle.fromSeq,
    toSeq: bundle.toSeq,
    state: 'pending',
    bundle,
    hash: await bundleHash(bundle),
    attempts: 0,
  };

  return db.transaction('rw', [db.bundles, db.changes], async (): Promise<BuildResult> => {
    const current = await readChainHead(owner);
    const rows = await db.changes.bulkGet(run.map((c) => c.seq));
    const untouched = rows.every((c) => c?.state === 'unsent');
    if (current.nextSeq !== head.nextSeq || current.prevHash !== head.prevHash || !untouched)
      return { kind: 'raced' };
    await db.bundles.add(row);
    await db.changes
      .where('seq')
      .between(row.fromSeq, row.toSeq, true, true)
      .modify({ state: 'bundled', bundleId: row.bundleId });
    return { kind: 'built', bundle: row };
  });
}

/**
 * After the tablet enrolls again its secret is new, so pending bundles the server has not received
 * (they start at or after the seq it expects) would fail the signature check forever. They are signed
 * again, in order, chained from the server's head; same id, same changes. The old signature is
 * dropped: no server ever accepted it. Bundles before that seq are on the server already and keep
 * their bytes, so resending them fetches the original receipt. Returns how many were re-signed.
 */
export async function resealPendingBundles(owner: ChainOwner): Promise<number> {
  const chain = (await db.bundles.where('fromSeq').aboveOrEqual(owner.expectedSeq).sortBy('fromSeq')).filter(
    (row) => row.bundle.jurorId === owner.jurorId && row.bundle.eventId === owner.eventId,
  );
  const updates: { row: BundleRow; bundle: ScoreBundle; hash: string }[] = [];
  let prevHash = owner.prevHash;
  let nextSeq = owner.expectedSeq;
  for (const row of chain) {
    if (row.fromSeq !== nextSeq) break;
    const sealed =
      updates.length === 0 &&
      row.bundle.prevHash === prevHash &&
      (row.state === 'sent' || (await verifyBundleSignature(row.bundle, owner.secret)));
    if (sealed) {
      prevHash = row.hash;
    } else {
      if (row.state === 'sent') break;
      const { signature: _old, ...unsigned } = row.bundle;
      const bundle = await signBundle({ ...unsigned, prevHash }, owner.secret);
      prevHash = await bundleHash(bundle);
      updates.push({ row, bundle, hash: prevHash });
    }
    nextSeq = row.toSeq + 1;
  }
  if (updates.length === 0) return 0;

  return db.transaction('rw', db.bundles, async () => {
    for (const { row } of updates) {
      const current = await db.bundles.get(row.bundleId);
      // Someone else re-signed or sent it meanwhile; the next pass looks again.
      if (current?.state !== 'pending' || current.bundle.signature !== row.bundle.signature) return 0;
    }
    for (const { row, bundle, hash } of updates) await db.bundles.update(row.bundleId, { bundle, hash });
    return updates.length;
  });
}

/** Pending bundles, oldest first: the order they must reach the server in. */
export async function listPendingBundles(): Promise<BundleRow[]> {
  return db.bundles.where('state').equals('pending').sortBy('fromSeq');
}

/** Marks a bundle and its changes sent, once; false when it was already sent (or unknown). */
export async function markBundleSent(bundleId: string, receipt: BundleReceipt): Promise<boolean> {
  return db.transaction('rw', [db.bundles, db.changes], async () => {
    const row = await db.bundles.get(bundleId);
    if (!row || row.state === 'sent') return false;
    await db.bundles.update(bundleId, { state: 'sent', receipt, attempts: row.attempts + 1 });
    await db.changes.where('bundleId').equals(bundleId).modify({ state: 'sent' });
    return true;
  });
}

/** Counts a failed upload attempt on the bundle, keeping the reason for the panitia. */
export async function recordBundleFailure(bundleId: string, reason: string): Promise<void> {
  await db.transaction('rw', db.bundles, async () => {
    const row = await db.bundles.get(bundleId);
    if (row) await db.bundles.update(bundleId, { attempts: row.attempts + 1, lastError: reason });
  });
}

/** The last seq in this device's change log (0 when empty): enrollment starts the chain after it. */
export async function lastLocalSeq(): Promise<number> {
  return (await db.changes.orderBy('seq').last())?.seq ?? 0;
}

async function readChainHead(owner: ChainOwner): Promise<ChainHead> {
  const last = await db.bundles.orderBy('fromSeq').last();
  // A bundle starting before the credential's start was built under an earlier enrollment: where the
  // chain stands then is what the server said at enrollment, not what this tablet last built.
  if (last && last.fromSeq >= owner.expectedSeq) return { nextSeq: last.toSeq + 1, prevHash: last.hash };
  return { nextSeq: owner.expectedSeq, prevHash: owner.prevHash };
}

async function readUnsentRun(owner: ChainOwner, head: ChainHead): Promise<ChangeRow[]> {
  const candidates = await db.changes
    .where('seq')
    .between(head.nextSeq, head.nextSeq + MAX_CHANGES_PER_BUNDLE, true, false)
    .toArray();
  const run: ChangeRow[] = [];
  for (const change of candidates) {
    if (change.seq !== head.nextSeq + run.length || change.state !== 'unsent') break;
    if (change.jurorId !== owner.jurorId || change.eventId !== owner.eventId) break;
    run.push(change);
  }
  return run;
}

async function findStuckChange(owner: ChainOwner, head: ChainHead): Promise<number | undefined> {
  const stuck = await db.changes
    .where('seq')
    .aboveOrEqual(head.nextSeq)
    .filter((c) => c.state === 'unsent' && c.jurorId === owner.jurorId && c.eventId === owner.eventId)
    .first();
  return stuck?.seq;
}

/** The change as it travels: the log row without the outbox's own bookkeeping. */
function toEntry(row: ChangeRow): ChangeEntry {
  const { seq, eventId, jurorId, teamId, kind, criterionId, oldValue, newValue, at, reason } = row;
  return {
    seq,
    eventId,
    jurorId,
    teamId,
    kind,
    criterionId,
    oldValue,
    newValue,
    at,
    ...(reason !== undefined ? { reason } : {}),
  };
}
