/**
 * The outbox: turns the enrolled juror's unsent change-log entries into signed bundles and records
 * what the server confirmed. A bundle is stored once as built (so a resend is byte-identical) and
 * only its state moves on; it is kept after delivery, so a server restored from a backup can be sent
 * it again. Only a bundle the server refused as too large is ever replaced (bundle-split.ts).
 *   change: unsent → bundled (in a pending bundle) → sent (the bundle has a valid receipt)
 */

import { type BundleRow, db } from '#app/db/database.ts';
import { toEntry } from '#app/db/outbox-entry.ts';
import { type ChainOwner, inChain, planNextBundle } from '#app/db/outbox-plan.ts';
import { pendingRow } from '#app/db/pending-row.ts';
import { BUNDLE_VERSION, type BundleReceipt, signBundle } from '#shared/bundle.ts';
import { randomId } from '#shared/runtime.ts';

export type { ChainOwner } from '#app/db/outbox-plan.ts';

export type BuildResult =
  | { kind: 'built'; bundle: BundleRow }
  | { kind: 'nothing' }
  /** A change that is not this juror's sits in the run, so the run cannot be sent contiguously. */
  | { kind: 'blocked'; seq: number; jurorId: string; eventId: string }
  /** The log or the chain moved while signing; build again. */
  | { kind: 'raced' };

/**
 * Builds, signs and stores the next bundle. Signing (WebCrypto) happens between two transactions,
 * because an IndexedDB transaction dies across a non-IndexedDB await; the second one re-checks that
 * nothing moved before storing.
 */
export async function buildNextBundle(owner: ChainOwner, now = new Date()): Promise<BuildResult> {
  const plan = await db.transaction('r', [db.bundles, db.changes], () => planNextBundle(owner));
  if (plan.kind === 'nothing') return plan;
  if (plan.kind === 'blocked') {
    const { seq, jurorId, eventId } = plan.change;
    return { kind: 'blocked', seq, jurorId, eventId };
  }

  const { head, run } = plan;
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
  const row = await pendingRow(bundle);

  return db.transaction('rw', [db.bundles, db.changes], async (): Promise<BuildResult> => {
    const current = await planNextBundle(owner);
    const unchanged =
      current.kind === 'run' &&
      current.head.nextSeq === head.nextSeq &&
      current.head.prevHash === head.prevHash &&
      run.every((c, i) => current.run[i]?.seq === c.seq);
    if (!unchanged) return { kind: 'raced' };
    await db.bundles.add(row);
    await db.changes
      .where('seq')
      .between(row.fromSeq, row.toSeq, true, true)
      .modify({ state: 'bundled', bundleId: row.bundleId });
    return { kind: 'built', bundle: row };
  });
}

/** Pending bundles of this credential's chain, oldest first: the order they must reach the server in. */
export async function listChainPending(owner: ChainOwner): Promise<BundleRow[]> {
  const rows = await db.bundles.where('state').equals('pending').sortBy('fromSeq');
  return rows.filter((row) => inChain(owner, row));
}

/**
 * Pending bundles outside this credential's chain: built under an earlier enrollment of this tablet
 * (another juror's, or this juror's before a re-enrollment). The server may hold some of them already
 * (a reply lost before the hand-over), and then a resend collects the receipt.
 */
export async function listLeftoverBundles(owner: ChainOwner): Promise<BundleRow[]> {
  const rows = await db.bundles.where('state').equals('pending').sortBy('fromSeq');
  return rows.filter((row) => !inChain(owner, row));
}

/**
 * The chain's bundles (sent or not) covering exactly the seqs from `fromSeq` up to `beforeSeq`, in
 * order; undefined when the tablet does not hold an unbroken run of them. What a server restored from
 * a backup lacks, and gets again byte for byte.
 */
export async function listChainBundlesBetween(
  owner: ChainOwner,
  fromSeq: number,
  beforeSeq: number,
): Promise<BundleRow[] | undefined> {
  if (fromSeq < owner.expectedSeq || fromSeq >= beforeSeq) return undefined;
  const rows = (
    await db.bundles.where('fromSeq').between(fromSeq, beforeSeq, true, false).sortBy('fromSeq')
  ).filter((row) => inChain(owner, row));
  let next = fromSeq;
  for (const row of rows) {
    if (row.fromSeq !== next) return undefined;
    next = row.toSeq + 1;
  }
  return next === beforeSeq ? rows : undefined;
}

/** The chain's newest bundle the server confirmed, if any: what a check of the server's head resends. */
export async function lastSentChainBundle(owner: ChainOwner): Promise<BundleRow | undefined> {
  const rows = await db.bundles.where('fromSeq').aboveOrEqual(owner.expectedSeq).sortBy('fromSeq');
  return rows.filter((row) => row.state === 'sent' && inChain(owner, row)).at(-1);
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

/**
 * A bundle already marked sent was stored again by a server restored from a backup: its receipt is
 * now the one the server holds.
 */
export async function replaceReceipt(bundleId: string, receipt: BundleReceipt): Promise<void> {
  await db.transaction('rw', db.bundles, async () => {
    const row = await db.bundles.get(bundleId);
    if (row?.state === 'sent') await db.bundles.update(bundleId, { receipt, attempts: row.attempts + 1 });
  });
}

/** Counts a failed upload attempt on the bundle, keeping the reason for the panitia. */
export async function recordBundleFailure(bundleId: string, reason: string): Promise<void> {
  await db.transaction('rw', db.bundles, async () => {
    const row = await db.bundles.get(bundleId);
    if (row) await db.bundles.update(bundleId, { attempts: row.attempts + 1, lastError: reason });
  });
}

/** The server refused a leftover bundle for good: kept, with why, and not offered again. */
export async function markBundleStranded(bundleId: string, reason: string): Promise<void> {
  await db.transaction('rw', db.bundles, async () => {
    const row = await db.bundles.get(bundleId);
    if (row?.state === 'pending') await db.bundles.update(bundleId, { state: 'stranded', lastError: reason });
  });
}
