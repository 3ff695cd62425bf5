/**
 * Peringkat: the results page of an event. The ranking recomputed by the server from the raw bundles,
 * refreshed while the page is open, with what is still missing, the Top N, each change and its cause,
 * the table with every juror's total and a detail per team, how ties were settled (and the committee's
 * draws), the z-score comparison, and the exports.
 */
import { useLang } from '#app/i18n/index.ts';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatMoment } from '#app/panitia/format.ts';
import { ChangeNotices } from '#app/panitia/results/change-notices.tsx';
import { ExportPanel } from '#app/panitia/results/export-panel.tsx';
import { RankingTable } from '#app/panitia/results/ranking-table.tsx';
import { resultsNames } from '#app/panitia/results/results-names.ts';
import { StatusBanner, TopGroups } from '#app/panitia/results/status-banner.tsx';
import { TieTrail } from '#app/panitia/results/tie-trail.tsx';
import { useResults } from '#app/panitia/results/use-results.ts';
import { ZComparison } from '#app/panitia/results/z-comparison.tsx';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import '#app/styles/results.css';

export function ResultsTab({ eventId }: { eventId: string }) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  const { snapshot, failure, notices, checkedAt, show } = useResults(eventId);
  if (!snapshot) return <FailureText failure={failure} />;
  const names = resultsNames(snapshot.detail.package, lang);
  return (
    <div class="results-page" data-testid="results">
      <section class="card">
        <p class="muted">
          {t.resultsIntro} {checkedAt && t.resultsUpdated(formatMoment(checkedAt, lang))}
        </p>
        <FailureText failure={failure} />
        <StatusBanner results={snapshot.results} names={names} />
        <ChangeNotices notices={notices} />
        <TopGroups results={snapshot.results} names={names} />
      </section>
      <section class="card">
        <RankingTable snapshot={snapshot} names={names} />
        <p class="fingerprint">
          {t.fingerprint(snapshot.bundles, snapshot.packageVersion)}: <code>{snapshot.fingerprint}</code>
        </p>
      </section>
      <TieTrail snapshot={snapshot} names={names} onRecorded={show} />
      <ZComparison results={snapshot.results} names={names} />
      <ExportPanel snapshot={snapshot} />
    </div>
  );
}
