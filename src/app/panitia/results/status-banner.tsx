/**
 * Whether the ranking may be called final: SEMENTARA with every missing sheet (team × juror, with its
 * state) while a required sheet is not final, otherwise complete; then the Top N groups by name.
 */
import { useLang } from '#app/i18n/index.ts';
import type { ResultsNames } from '#app/panitia/results/results-names.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { Results } from '#shared/results/results-schema.ts';

export function StatusBanner({ results, names }: { results: Results; names: ResultsNames }) {
  const t = usePanitiaT().panitia.results;
  const byTeam = new Map<string, string[]>();
  for (const m of results.missing) {
    const list = byTeam.get(m.teamId) ?? [];
    list.push(t.missingJuror(names.juror(m.jurorId), t.statusWords[m.status]));
    byTeam.set(m.teamId, list);
  }
  return (
    <div
      class={results.provisional ? 'results-status provisional' : 'results-status complete'}
      role="status"
      data-testid="results-status"
    >
      {results.provisional ? (
        <details open={byTeam.size <= 6}>
          <summary>
            <strong>{t.provisionalTitle(results.missing.length)}</strong> {t.provisionalHint}
          </summary>
          <ul data-testid="missing-sheets">
            {[...byTeam].map(([teamId, jurors]) => (
              <li key={teamId}>{t.missingItem(names.team(teamId), jurors.join(', '))}</li>
            ))}
          </ul>
        </details>
      ) : (
        <strong>✓ {t.completeTitle}</strong>
      )}
      {results.incompleteFinal.length > 0 && (
        <ul>
          {results.incompleteFinal.map((f) => (
            <li key={`${f.teamId}/${f.jurorId}`}>
              {t.incompleteFinal(
                names.team(f.teamId),
                names.juror(f.jurorId),
                f.criterionIds.map(names.criterion).join(', '),
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TopGroups({ results, names }: { results: Results; names: ResultsNames }) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  if (!results.teams.some((team) => team.rank !== null)) return <p>{t.noRanked}</p>;
  return (
    <div class="top-groups" lang={lang}>
      {[...results.topGroups]
        .sort((a, b) => a.size - b.size)
        .map((group) => (
          <section key={group.size} class="top-group" data-testid={`top-${group.size}`}>
            <h3>
              {t.topTitle(group.size)}
              {!group.settled && <span class="warn-text"> — ⚠ {t.topUnsettled}</span>}
            </h3>
            <ul class="rank-list">
              {group.teamIds.map((id) => (
                <li key={id}>
                  <span class="rank-no">{results.teams.find((x) => x.teamId === id)?.rank}</span>{' '}
                  <span class="team-name">{names.title(id)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
