/**
 * The raw ranking and the z-score ranking side by side, so a harsh or lenient juror is visible: each
 * team's official rank beside its z rank, the difference in words and arrows; and each juror's mean
 * and spread. The z ranking is a comparison only and says so: it never decides a rank or a Top N.
 */
import { useLang } from '#app/i18n/index.ts';
import { formatPoints, type ResultsNames } from '#app/panitia/results/results-names.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { Results } from '#shared/results/results-schema.ts';

export function ZComparison({ results, names }: { results: Results; names: ResultsNames }) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  const ranked = results.teams.filter((team) => team.rank !== null);
  const byZ = ranked
    .filter((team) => team.zRank !== null)
    .sort((a, b) => (a.zRank ?? 0) - (b.zRank ?? 0) || a.position - b.position);
  const shift = (rank: number | null, zRank: number | null) => {
    if (rank === null || zRank === null || rank === zRank) return t.zSame;
    return zRank < rank ? t.zHigher(rank - zRank) : t.zLower(zRank - rank);
  };
  return (
    <section class="card" data-testid="z-comparison">
      <h2>{t.zTitle}</h2>
      <p class="muted">{t.zIntro}</p>
      <div class="side-by-side">
        <div>
          <h3>{t.zOfficial}</h3>
          <ol class="rank-list">
            {ranked.map((team) => (
              <li key={team.teamId}>
                <span class="rank-no">{team.rank}</span> {names.title(team.teamId)}{' '}
                <span class="muted">{formatPoints(team.mean, lang)}</span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3>{t.zCompare}</h3>
          <ol class="rank-list">
            {byZ.map((team) => (
              <li key={team.teamId}>
                <span class="rank-no">{team.zRank}</span> {names.title(team.teamId)}{' '}
                <span class="muted">
                  {formatPoints(team.zMean, lang, 3)} · {shift(team.rank, team.zRank)}
                </span>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <h3>{t.jurorsTitle}</h3>
      <ul>
        {results.jurors.map((j) => (
          <li key={j.jurorId}>
            {t.jurorLine(
              names.juror(j.jurorId),
              formatPoints(j.mean, lang),
              formatPoints(j.sd, lang),
              j.counted,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
