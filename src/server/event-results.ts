/**
 * An event's results as the organizer may publish them: recomputed from the raw accepted bundles
 * (never from the materialised sheets), then checked against the materialised sheets. Any difference
 * — a bundle whose content no longer matches its receipt, a change the rubric now refuses, a sheet
 * the replay does not reproduce — is a `results_mismatch` naming the team, never a quiet ranking.
 * Used by GET /api/admin/events/:id/results and by `npm run results`.
 */
import { type ApiFailure, fail } from '#server/http/errors.ts';
import { sha256Hex } from '#server/store/accepted-bundles.ts';
import type { Store } from '#server/store/index.ts';
import type { EventPackage } from '#shared/event.ts';
import { compareSheets } from '#shared/results/compare-sheets.ts';
import type { ResultsOptions } from '#shared/results/compute-results.ts';
import { resultsFromBundles } from '#shared/results/from-bundles.ts';
import type { EventResultsResponse } from '#shared/results/results-schema.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export type EventResults = { ok: true; value: EventResultsResponse } | { ok: false; failure: ApiFailure };

/** The results with the sheets they were computed from (the replay), for the berita acara's records. */
export type ReproducedResults =
  | { ok: true; value: EventResultsResponse; sheets: ScoreSheet[]; pkg: EventPackage }
  | { ok: false; failure: ApiFailure };

export async function computeEventResults(
  store: Store,
  eventId: string,
  options: ResultsOptions = {},
): Promise<EventResults> {
  const reproduced = await reproduceEventResults(store, eventId, options);
  return reproduced.ok ? { ok: true, value: reproduced.value } : reproduced;
}

export async function reproduceEventResults(
  store: Store,
  eventId: string,
  options: ResultsOptions = {},
): Promise<ReproducedResults> {
  const pkg = store.events.get(eventId);
  if (!pkg) return { ok: false, failure: fail('event_not_found', `event ${eventId} not found`) };
  const { accepted, materialised } = store.acceptedBundles.evidence(eventId);
  // The event's own Top groups (settings tab) unless the caller names others (npm run results --top).
  const topGroups = options.topGroups ?? pkg.event.topGroups;
  const reproduced = await resultsFromBundles(pkg, accepted, { ...options, topGroups, sha256: sha256Hex });
  if (!reproduced.ok) {
    const { teamId, jurorId, message } = reproduced.problem;
    return mismatch(teamId ? `team ${teamId}, juror ${jurorId}: ${message}` : `juror ${jurorId}: ${message}`);
  }
  const [difference, ...more] = compareSheets(reproduced.sheets, materialised);
  if (difference) {
    const others = more.length ? ` (and ${more.length} more)` : '';
    return mismatch(`team ${difference.teamId}, juror ${difference.jurorId}: ${difference.message}${others}`);
  }
  const { fingerprint, results, sheets } = reproduced;
  return { ok: true, value: { eventId, fingerprint, bundles: accepted.length, results }, sheets, pkg };
}

const mismatch = (message: string): ReproducedResults => ({
  ok: false,
  failure: fail('results_mismatch', message),
});
