/**
 * The ranking: one row per team in official order — rank, Top N marked in words (★ Top 3), the mean,
 * each juror's total (drafts and conflicts shown but marked as not counted), sheets counted, spread
 * with disagreement flagged by a sign and a word, the z-score comparison — and a detail row per team.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { useLang } from '#app/i18n/index.ts';
import { formatPoints, type ResultsNames } from '#app/panitia/results/results-names.ts';
import { TeamDetail } from '#app/panitia/results/team-detail.tsx';
import type { ResultsSnapshot } from '#app/panitia/results/use-results.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { JurorEntry } from '#shared/results/results-schema.ts';

export function RankingTable({ snapshot, names }: { snapshot: ResultsSnapshot; names: ResultsNames }) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  const [open, setOpen] = useState<string | null>(null);
  const { results } = snapshot;
  const jurors = snapshot.detail.package.jurors;
  const hasDeclared = results.teams.some((team) => team.jurors.some((j) => j.declaredConflict));
  const columns = 9 + jurors.length;
  return (
    <>
      <div class="table-scroll">
        <table class="results-table" aria-label={t.tableLabel} data-testid="ranking">
          <thead>
            <tr>
              <th scope="col">{t.colRank}</th>
              <th scope="col">{t.colTeam}</th>
              <th scope="col">{t.colTop}</th>
              <th scope="col">{t.colMean}</th>
              {jurors.map((j) => (
                <th scope="col" key={j.id} class="juror-col" title={j.name}>
                  {j.name}
                </th>
              ))}
              <th scope="col">{t.colCounted}</th>
              <th scope="col">{t.colSd}</th>
              <th scope="col">{t.colRange}</th>
              <th scope="col">{t.colZ}</th>
              <th scope="col">{t.colZRank}</th>
            </tr>
          </thead>
          <tbody>
            {results.teams.map((team) => {
              const shown = open === team.teamId;
              const top = Math.min(...team.top);
              return (
                <Fragment key={team.teamId}>
                  <tr
                    class={team.top.length ? `in-top top-${top}` : undefined}
                    data-team-id={team.teamId}
                    data-rank={team.rank ?? ''}
                  >
                    <td class="rank">{team.withdrawn ? t.withdrawn : (team.rank ?? '–')}</td>
                    <th scope="row" class="team">
                      {/* The team's name opens its detail: the row's one action, no extra column. */}
                      <button
                        type="button"
                        class="team-toggle"
                        aria-expanded={shown}
                        aria-controls={`detail-${team.teamId}`}
                        onClick={() => setOpen(shown ? null : team.teamId)}
                      >
                        <span class="team-name">{names.team(team.teamId)}</span>
                        <small class="muted">
                          {names.agency(team.teamId)} · {shown ? t.hideDetail : t.showDetail}{' '}
                          <span aria-hidden="true">{shown ? '▴' : '▾'}</span>
                        </small>
                      </button>
                    </th>
                    <td>
                      {[...team.top]
                        .sort((a, b) => a - b)
                        .map((n) => (
                          <span key={n} class={`top-chip top-chip-${n}`}>
                            {t.topChip(n)}
                          </span>
                        ))}
                      {team.rank === null && !team.withdrawn && <small class="muted">{t.unranked}</small>}
                    </td>
                    <td class="num mean">{formatPoints(team.mean, lang)}</td>
                    {team.jurors.map((entry) => (
                      <JurorCell key={entry.jurorId} entry={entry} juror={names.juror(entry.jurorId)} />
                    ))}
                    <td class="num">{team.counted}</td>
                    <td class="num">{formatPoints(team.sd, lang)}</td>
                    <td class={team.disagreement ? 'num disagreement' : 'num'}>
                      {team.disagreement && <span aria-hidden="true">⚠ </span>}
                      {formatPoints(team.range, lang)}
                      {team.disagreement && <small> {t.disagreement}</small>}
                    </td>
                    <td class="num">{formatPoints(team.zMean, lang, 3)}</td>
                    <td class="num">{team.zRank ?? '–'}</td>
                  </tr>
                  {shown && (
                    <tr class="detail-row" id={`detail-${team.teamId}`}>
                      <td colSpan={columns}>
                        <TeamDetail snapshot={snapshot} team={team} names={names} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="legend">
        {t.cellLegend} {hasDeclared && t.coiDeclaredNote}{' '}
        {t.disagreementRule(formatPoints(results.method.disagreementPoints, lang, 0))}
      </p>
    </>
  );
}

function JurorCell({ entry, juror }: { entry: JurorEntry; juror: string }) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  const label = `${juror}: ${t.statusWords[entry.status]}`;
  if (entry.status === 'coi')
    return (
      <td class="num juror-coi" title={label} data-juror-id={entry.jurorId}>
        {entry.declaredConflict ? t.cellCoiDeclared : t.cellCoi}
      </td>
    );
  if (entry.status === 'none')
    return (
      <td class="num muted" title={label} data-juror-id={entry.jurorId}>
        –
      </td>
    );
  const total = formatPoints(entry.total, lang);
  const shown = entry.counted
    ? total
    : entry.status === 'draft'
      ? t.cellDraft(total)
      : `${total} (${t.notCounted})`;
  return (
    <td class={entry.counted ? 'num' : 'num not-counted'} title={label} data-juror-id={entry.jurorId}>
      {shown}
    </td>
  );
}
