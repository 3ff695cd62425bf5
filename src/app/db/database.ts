/**
 * What the tablet stores, and where (IndexedDB "juri"):
 * - meta:     key/value — this device's id, the current session (juror, event, integrity pact),
 *             the enrolled credential, sync bookkeeping.
 * - events:   event packages (schedule, teams, jurors, rubric), one row per event.
 * - sheets:   the latest score sheet per [event, juror, team]; always the replay of its changes.
 * - changes:  the append-only change log, one row per score/note/comment/status change, keyed by a
 *             per-device increasing seq; `state` tracks unsent → bundled → sent. Indexed by
 *             [eventId+jurorId+state+seq] (v2) so the outbox count reads only what is unconfirmed.
 * - bundles:  signed score bundles as built, so a resend is byte-identical. Kept after the server
 *             confirmed them, for the tablet's life: a server restored from a backup gets them again,
 *             unchanged (a juror's whole event is well under a megabyte, so nothing is pruned).
 * Only modules in this folder touch these tables; screens call the repositories.
 * Schema versions: every change of the declaration below is a new version with its upgrade in
 * schema-upgrades.ts, tested on a database the previous version's code wrote (test/fixtures/dexie/).
 */
import Dexie, { type EntityTable } from 'dexie';
import { upgradeToV2 } from '#app/db/schema-upgrades.ts';
import type { BundleReceipt, ScoreBundle } from '#shared/bundle.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ChangeEntry, ScoreSheet } from '#shared/sheet.ts';

export interface MetaRow {
  key: string;
  value: unknown;
}

export type EventSource = 'demo' | 'enrolled' | 'import';

export interface EventRow {
  id: string;
  pkg: EventPackage;
  source: EventSource;
  loadedAt: string;
}

export type ChangeState = 'unsent' | 'bundled' | 'sent';

export interface ChangeRow extends ChangeEntry {
  state: ChangeState;
  bundleId?: string;
}

/**
 * pending → sent once the server confirmed it. 'stranded': built under an earlier credential (another
 * juror's, or a revoked one whose chain the next enrollment could not continue) and not accepted under
 * the current one; kept as evidence — the server may or may not hold it.
 */
export type BundleState = 'pending' | 'sent' | 'stranded';

export interface BundleRow {
  bundleId: string;
  fromSeq: number;
  toSeq: number;
  state: BundleState;
  bundle: ScoreBundle;
  /** sha256 of the canonical bundle: the next bundle's prevHash. */
  hash: string;
  receipt?: BundleReceipt;
  /**
   * Sent without a receipt: the reply was lost, then the device was revoked, and its final chain head
   * (final-head.ts) showed the server holds this bundle. When the tablet learnt that.
   */
  confirmedByHeadAt?: string;
  attempts: number;
  lastError?: string;
}

export class JuriDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  events!: EntityTable<EventRow, 'id'>;
  sheets!: Dexie.Table<ScoreSheet, [string, string, string]>;
  changes!: EntityTable<ChangeRow, 'seq'>;
  bundles!: EntityTable<BundleRow, 'bundleId'>;

  constructor(name = 'juri') {
    // 'strict' makes Chromium flush to disk before a transaction reports complete: "Tersimpan" must mean it.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      meta: '&key',
      events: '&id',
      sheets: '&[eventId+jurorId+teamId], [eventId+jurorId]',
      changes: '&seq, state, [eventId+jurorId], bundleId',
      bundles: '&bundleId, &fromSeq, state',
    });
    this.version(2)
      .stores({ changes: '&seq, state, [eventId+jurorId], bundleId, [eventId+jurorId+state+seq]' })
      .upgrade(upgradeToV2);
  }
}

export const db = new JuriDatabase();
