/**
 * What the server stores, and where (SQLite):
 * - settings:         key/value; the organizer token.
 * - events:           event packages (rubric, teams, jurors), one row per event.
 * - enrollment_codes: single-use codes an organizer issues per juror.
 * - devices:          one row per tablet: its credential (token hash, signing secret) and chain position.
 * - bundles/changes:  accepted bundles (canonical JSON, as verified) and their changes; append-only
 *                     (acceptedBundles reads them back for the results).
 * - sheets:           the latest sheet per (event, juror, team), materialised from the changes,
 *   sheet_audit:      with its audit trail one row per entry (append-only).
 * - rejections:       bundles refused for a bad signature or a broken chain: hash, size, first bytes.
 * - event_audit:      every organizer change to an event (append-only), for the berita acara.
 * - minutes_settings: the berita acara's letterhead, number and signers, one row per event.
 * Only modules in this folder run SQL.
 */
import type { Db } from '#server/db.ts';
import { createAcceptedBundlesStore } from '#server/store/accepted-bundles.ts';
import { createAuditStore } from '#server/store/audit.ts';
import { createBundlesStore } from '#server/store/bundles.ts';
import { createDevicesStore } from '#server/store/devices.ts';
import { createEnrollmentsStore } from '#server/store/enrollments.ts';
import { createEventsStore } from '#server/store/events.ts';
import { createGroupCommit } from '#server/store/group-commit.ts';
import { createMinutesStore } from '#server/store/minutes.ts';
import { createRejectionsStore } from '#server/store/rejections.ts';
import { createSettingsStore } from '#server/store/settings.ts';
import { createSheetsStore } from '#server/store/sheets.ts';

export function createStore(db: Db) {
  return {
    settings: createSettingsStore(db),
    events: createEventsStore(db),
    enrollments: createEnrollmentsStore(db),
    devices: createDevicesStore(db),
    bundles: createBundlesStore(db),
    rejections: createRejectionsStore(db),
    acceptedBundles: createAcceptedBundlesStore(db),
    sheets: createSheetsStore(db),
    audit: createAuditStore(db),
    minutes: createMinutesStore(db),
    /** Runs `fn` in one IMMEDIATE transaction: it commits when `fn` returns, rolls back when it throws. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    /** Runs `fn` in its own savepoint of the next shared transaction; settles after that COMMIT. */
    groupCommit: createGroupCommit(db),
  };
}

export type Store = ReturnType<typeof createStore>;
export type { ChainHead, Credential } from '#server/store/devices.ts';
export type { Device, Enrollment, StoredBundle } from '#server/store/rows.ts';
