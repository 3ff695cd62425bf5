/**
 * What each Dexie schema upgrade does to the data, kept beside the version declarations
 * (database.ts). Upgrades run inside IndexedDB's versionchange transaction, so an upgrade either
 * completes or leaves the previous version's data untouched. An upgrade never rewrites a change or a
 * bundle: a signed bundle must stay byte-identical for its resend, and the change log is the truth.
 * Each upgrade leaves a record in meta ('schemaUpgrades') of what was waiting to be sent when it
 * ran, so a question about an update landing mid-event can be answered from the tablet.
 */
import type { Transaction } from 'dexie';

export const SCHEMA_UPGRADES = 'schemaUpgrades';

export interface SchemaUpgradeRecord {
  from: number;
  to: number;
  at: string;
  /** Changes not yet confirmed by the server (unsent, or in a pending bundle) when the upgrade ran. */
  unconfirmedChanges: number;
  pendingBundles: number;
}

/**
 * v1 → v2: the change log gains the index [eventId+jurorId+state+seq], so the outbox count reads
 * only a juror's unconfirmed changes instead of scanning every change since enrollment. IndexedDB
 * builds the index from the rows already there; nothing is copied or converted.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await recordUpgrade(tx, 1, 2);
}

async function recordUpgrade(tx: Transaction, from: number, to: number): Promise<void> {
  const changes = tx.table('changes');
  const unconfirmedChanges = await changes.where('state').anyOf('unsent', 'bundled').count();
  const pendingBundles = await tx.table('bundles').where('state').equals('pending').count();
  const meta = tx.table('meta');
  const earlier: unknown = (await meta.get(SCHEMA_UPGRADES))?.value;
  const record: SchemaUpgradeRecord = {
    from,
    to,
    at: new Date().toISOString(),
    unconfirmedChanges,
    pendingBundles,
  };
  await meta.put({ key: SCHEMA_UPGRADES, value: [...(Array.isArray(earlier) ? earlier : []), record] });
}
