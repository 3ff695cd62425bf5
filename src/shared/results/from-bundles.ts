/**
 * Results reproduced from the raw accepted bundles: fingerprint them, check each against the hash it
 * was accepted under, replay their change logs into sheets and rank those. The server and
 * `npm run results` run this and then compare the replayed sheets with the materialised ones.
 */
import type { EventPackage } from '#shared/event.ts';
import { computeResults, type ResultsOptions } from '#shared/results/compute-results.ts';
import { fingerprintBundles, type Sha256 } from '#shared/results/fingerprint.ts';
import { type AcceptedBundle, replayBundles } from '#shared/results/replay-bundles.ts';
import type { Results } from '#shared/results/results-schema.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export interface ReproduceProblem {
  teamId: string | null;
  jurorId: string;
  message: string;
}

export type Reproduced =
  | { ok: true; fingerprint: string; sheets: ScoreSheet[]; results: Results }
  | { ok: false; problem: ReproduceProblem };

export async function resultsFromBundles(
  pkg: EventPackage,
  accepted: readonly AcceptedBundle[],
  options: ResultsOptions & { sha256?: Sha256 } = {},
): Promise<Reproduced> {
  const known = new Map(accepted.flatMap((a) => (a.contentHash ? [[a.bundle.bundleId, a.contentHash]] : [])));
  const { fingerprint, hashes } = await fingerprintBundles(
    pkg.event.id,
    accepted.map((a) => a.bundle),
    options.sha256,
    known,
  );
  for (const { bundle, hash } of accepted) {
    if (hashes.get(bundle.bundleId) !== hash) {
      const message = `isi bundel ${bundle.bundleId} tidak cocok dengan hash saat diterima`;
      return { ok: false, problem: { teamId: null, jurorId: bundle.jurorId, message } };
    }
  }
  const replayed = replayBundles(pkg, accepted);
  if (!replayed.ok) return { ok: false, problem: replayed.problem };
  const computed = computeResults(pkg, replayed.sheets, options);
  if (!computed.ok) return { ok: false, problem: computed.problem };
  return { ok: true, fingerprint, sheets: replayed.sheets, results: computed.results };
}
