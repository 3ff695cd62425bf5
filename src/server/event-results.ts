/**
 * An event's results as the organizer may publish them: recomputed from the raw accepted bundles
 * (never from the materialised sheets), then checked against the materialised sheets. Any difference
 * — a bundle whose content no longer matches its receipt, a change the rubric now refuses, a sheet
 * the replay does not reproduce — is a `results_mismatch` naming the team, never a quiet ranking.
 * The Top N sizes come from the event's settings and the committee's draws from its audit trail.
 * Used by GET /api/admin/events/:id/results, by recording a draw and by `npm run results`.
 */
import { type ApiFailure, fail } from '#server/http/errors.ts';
import { sha256Hex } from '#server/store/accepted-bundles.ts';
import type { Store } from '#server/store/index.ts';
import { compareSheets } from '#shared/results/compare-sheets.ts';
import type { ResultsOptions } from '#shared/results/compute-results.ts';
import { resultsFromBundles } from '#shared/results/from-bundles.ts';
import type { EventResultsResponse } from '#shared/results/results-schema.ts';

export type EventResults = { ok: true; value: EventResultsResponse } | { ok: false; failure: ApiFailure };

export interface EventResultsOptions extends ResultsOptions {
  /** Add the package and the sheets the ranking was computed from (the console's page and exports). */
  detail?: boolean;
}

export async function computeEventResults(
  store: Store,
  eventId: string,
  options: EventResultsOptions = {},
): Promise<EventResults> {
  // Read together, synchronously: the server writes only from this thread, so nothing lands between.
  const pkg = store.events.get(eventId);
  if (!pkg) return { ok: false, failure: fail('event_not_found', `event ${eventId} not found`) };
  const draws = store.audit.draws(eventId);
  const { accepted, materialised } = store.acceptedBundles.evidence(eventId);
  const { detail, ...maths } = options;
  const reproduced = await resultsFromBundles(pkg, accepted, { draws, ...maths, sha256: sha256Hex });
  if (!reproduced.ok) {
    const { teamId, jurorId, message } = reproduced.problem;
    return mismatch(teamId ? `team ${teamId}, juror ${jurorId}: ${message}` : `juror ${jurorId}: ${message}`);
  }
  const [difference, ...more] = compareSheets(reproduced.sheets, materialised);
  if (difference) {
    const others = more.length ? ` (and ${more.length} more)` : '';
    return mismatch(`team ${difference.teamId}, juror ${difference.jurorId}: ${difference.message}${others}`);
  }
  const { fingerprint, results } = reproduced;
  const value: EventResultsResponse = {
    eventId,
    fingerprint,
    bundles: accepted.length,
    packageVersion: pkg.event.packageVersion ?? 0,
    draws,
    results,
  };
  // The materialised sheets, which the comparison just proved equal to the replay.
  if (detail) value.detail = { package: pkg, sheets: materialised };
  return { ok: true, value };
}

const mismatch = (message: string): EventResults => ({
  ok: false,
  failure: fail('results_mismatch', message),
});
