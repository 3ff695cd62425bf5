/**
 * Planning the next bundle: where this credential's chain stands, the run of the juror's unsent
 * changes that follows it, and — only when there is no such run — the change that stands in its way.
 * All of it is read in ONE transaction (the caller's), so a score saved meanwhile is either in the
 * snapshot or not at all: the juror's own new change can never look like something blocking the run.
 */
import { changeBytes, envelopeBytes, MAX_BUNDLE_BYTES } from '#app/db/bundle-size.ts';
import { type BundleRow, type ChangeRow, db } from '#app/db/database.ts';
import { toEntry } from '#app/db/outbox-entry.ts';
import { MAX_CHANGES_PER_BUNDLE } from '#shared/bundle.ts';

/** What building needs to know about the enrolled device (a subset of the stored credential). */
export interface ChainOwner {
  deviceId: string;
  jurorId: string;
  eventId: string;
  secret: string;
  expectedSeq: number;
  prevHash: string;
}

export interface ChainHead {
  nextSeq: number;
  prevHash: string;
}

export type Plan =
  | { kind: 'run'; head: ChainHead; run: ChangeRow[] }
  | { kind: 'nothing' }
  /** The change at the chain's head is not this juror's (or not unsent), and the juror's changes wait behind it. */
  | { kind: 'blocked'; change: ChangeRow };

/** Reads the plan; call inside a transaction over db.bundles and db.changes. */
export async function planNextBundle(owner: ChainOwner, maxBytes = MAX_BUNDLE_BYTES): Promise<Plan> {
  const head = await readChainHead(owner);
  const candidates = await db.changes
    .where('seq')
    .between(head.nextSeq, head.nextSeq + MAX_CHANGES_PER_BUNDLE, true, false)
    .toArray();
  const run = takeRun(owner, head, candidates, maxBytes);
  if (run.length > 0) return { kind: 'run', head, run };

  const first = candidates[0];
  if (!first || first.seq !== head.nextSeq) return { kind: 'nothing' };
  // Something that is not the juror's unsent change sits at the head; it blocks only if work waits behind it.
  const waiting = await db.changes
    .where('seq')
    .above(head.nextSeq)
    .filter((c) => isOwn(owner, c) && c.state === 'unsent')
    .first();
  return waiting ? { kind: 'blocked', change: first } : { kind: 'nothing' };
}

/**
 * The chain continues after the last bundle built under this credential. A bundle starting before the
 * credential's start was built under an earlier enrollment: then the chain starts where the server
 * said at enrollment, not where this tablet last built.
 */
async function readChainHead(owner: ChainOwner): Promise<ChainHead> {
  const last = await db.bundles.where('fromSeq').aboveOrEqual(owner.expectedSeq).last();
  if (last) return { nextSeq: last.toSeq + 1, prevHash: last.hash };
  return { nextSeq: owner.expectedSeq, prevHash: owner.prevHash };
}

/** The contiguous unsent run of the juror's changes from the head, within the count and byte caps. */
function takeRun(owner: ChainOwner, head: ChainHead, candidates: ChangeRow[], maxBytes: number): ChangeRow[] {
  const run: ChangeRow[] = [];
  let bytes = envelopeBytes(owner);
  for (const change of candidates) {
    if (change.seq !== head.nextSeq + run.length || change.state !== 'unsent' || !isOwn(owner, change)) break;
    const size = changeBytes(toEntry(change)) + (run.length > 0 ? 1 : 0);
    // One change always goes, however long: a bundle must make progress (a change is at most a few KB).
    if (run.length > 0 && bytes + size > maxBytes) break;
    bytes += size;
    run.push(change);
  }
  return run;
}

function isOwn(owner: ChainOwner, change: ChangeRow): boolean {
  return change.jurorId === owner.jurorId && change.eventId === owner.eventId;
}

/** A bundle of this credential's chain: this juror and event, built from the credential's start on. */
export function inChain(owner: ChainOwner, row: BundleRow): boolean {
  return (
    row.bundle.jurorId === owner.jurorId &&
    row.bundle.eventId === owner.eventId &&
    row.fromSeq >= owner.expectedSeq
  );
}
