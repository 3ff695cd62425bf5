/**
 * An event's results as the organizer may publish them: recomputed from the raw accepted bundles
 * (never from the materialised sheets), then checked against the materialised sheets. Any difference
 * — a bundle whose content no longer matches its receipt, a change the rubric now refuses, a sheet
 * the replay does not reproduce — is a `results_mismatch` naming the team, never a quiet ranking.
 * The Top N sizes come from the event's settings and the committee's draws from its audit trail.
 * Used by GET /api/admin/events/:id/results, by recording a draw and by `npm run results`.
 */

import { checkStoredSheets } from '#server/check-stored-sheets.ts';
import { type ApiFailure, fail } from '#server/http/errors.ts';
import { type ResultsEvidence, sha256Hex } from '#server/store/accepted-bundles.ts';
import type { Store } from '#server/store/index.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ResultsOptions } from '#shared/results/compute-results.ts';
import { resultsFromBundles } from '#shared/results/from-bundles.ts';
import type { DrawRecord, EventResultsResponse } from '#shared/results/results-schema.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export type EventResults = { ok: true; value: EventResultsResponse } | { ok: false; failure: ApiFailure };

/** The results with the sheets they were computed from (the replay), for the berita acara's records. */
export type ReproducedResults =
  | { ok: true; value: EventResultsResponse; sheets: ScoreSheet[]; pkg: EventPackage }
  | { ok: false; failure: ApiFailure };

export interface EventResultsOptions extends ResultsOptions {
  /** Add the package and the sheets the ranking was computed from (the console's page and exports). */
  detail?: boolean;
}

export async function computeEventResults(
  store: Store,
  eventId: string,
  options: EventResultsOptions = {},
): Promise<EventResults> {
  const reproduced = await reproduceEventResults(store, eventId, options);
  return reproduced.ok ? { ok: true, value: reproduced.value } : reproduced;
}

export async function reproduceEventResults(
  store: Store,
  eventId: string,
  options: EventResultsOptions = {},
): Promise<ReproducedResults> {
  // Read together, synchronously: the server writes only from this thread, so nothing lands between.
  const pkg = store.events.get(eventId);
  if (!pkg) return { ok: false, failure: fail('event_not_found', `event ${eventId} not found`) };
  const draws = store.audit.draws(eventId);
  return reproduceEvent(pkg, store.acceptedBundles.evidence(eventId), draws, options);
}

/** The results of `pkg` from its evidence, checked; what computeEventResults does once it has read. */
export async function reproduceEvent(
  pkg: EventPackage,
  { accepted, materialised }: ResultsEvidence,
  draws: DrawRecord[],
  options: EventResultsOptions = {},
): Promise<ReproducedResults> {
  const { detail, ...maths } = options;
  // Top groups: the event's own (settings tab) unless the caller names others (npm run results --top).
  const reproduced = await resultsFromBundles(pkg, accepted, { draws, ...maths, sha256: sha256Hex });
  if (!reproduced.ok) {
    const { teamId, jurorId, message } = reproduced.problem;
    return mismatch(teamId ? `team ${teamId}, juror ${jurorId}: ${message}` : `juror ${jurorId}: ${message}`);
  }
  const [difference, ...more] = checkStoredSheets(reproduced.sheets, materialised);
  if (difference) {
    const others = more.length ? ` (and ${more.length} more)` : '';
    return mismatch(`team ${difference.teamId}, juror ${difference.jurorId}: ${difference.message}${others}`);
  }
  const { fingerprint, results, sheets } = reproduced;
  const value: EventResultsResponse = {
    eventId: pkg.event.id,
    fingerprint,
    bundles: accepted.length,
    packageVersion: pkg.event.packageVersion ?? 0,
    draws,
    results,
  };
  // The replayed sheets, which the check just proved equal to the stored ones; listed as the store lists.
  if (detail) value.detail = { package: pkg, sheets: [...sheets].sort(byJurorThenTeam) };
  return { ok: true, value, sheets, pkg };
}

const mismatch = (message: string): ReproducedResults => ({
  ok: false,
  failure: fail('results_mismatch', message),
});

const byJurorThenTeam = (a: ScoreSheet, b: ScoreSheet): number =>
  a.jurorId < b.jurorId
    ? -1
    : a.jurorId > b.jurorId
      ? 1
      : a.teamId < b.teamId
        ? -1
        : a.teamId > b.teamId
          ? 1
          : 0;
