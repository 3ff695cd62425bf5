/**
 * "Peringkat berubah pukul 10.42": each ranking change the page saw while open, with the teams that
 * moved and the causes found in the data, newest first. A live region, so a screen reader hears it.
 */
import { useLang } from '#app/i18n/index.ts';
import type { ChangeCause, RankMove } from '#app/panitia/results/ranking-change.ts';
import { formatPoints, type ResultsNames, resultsNames } from '#app/panitia/results/results-names.ts';
import type { ChangeNotice } from '#app/panitia/results/use-results.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { localeTag } from '#shared/locale.ts';

type Words = ReturnType<typeof usePanitiaT>['panitia']['results'];

export function ChangeNotices({ notices }: { notices: readonly ChangeNotice[] }) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  return (
    <div aria-live="polite" data-testid="ranking-changes">
      {notices.map((notice) => {
        const names = resultsNames(notice.snapshot.detail.package, lang);
        const when = new Date(notice.at).toLocaleTimeString(localeTag(lang), {
          hour: '2-digit',
          minute: '2-digit',
        });
        const { moves, provisional, causes } = notice.change;
        return (
          <section key={notice.at} class="change-notice">
            <h3>{t.changedTitle(when)}</h3>
            <ul>
              {moves.map((m) => (
                <li key={m.teamId}>{moveText(m, names, t)}</li>
              ))}
              {provisional && <li>{provisional.to ? t.becameProvisional : t.becameFinal}</li>}
            </ul>
            <p>
              {t.because}:{' '}
              {causes.length ? causes.map((c) => causeText(c, names, t, lang)).join('; ') : t.causeUnknown}.
            </p>
          </section>
        );
      })}
    </div>
  );
}

function moveText(m: RankMove, names: ResultsNames, t: Words): string {
  const team = names.team(m.teamId);
  if (m.from === null) return m.to === null ? team : t.movedIn(team, m.to);
  if (m.to === null) return t.movedOut(team);
  return m.to < m.from ? t.movedUp(team, m.from, m.to) : t.movedDown(team, m.from, m.to);
}

function causeText(c: ChangeCause, names: ResultsNames, t: Words, lang: 'id' | 'en'): string {
  if (c.kind === 'package') return t.causePackage(c.from, c.to);
  if (c.kind === 'draw') return t.causeDraw(c.draw.decidedBy);
  const juror = names.juror(c.jurorId);
  const team = names.team(c.teamId);
  const reason = c.reason ? ` (${t.causeReason(c.reason)})` : '';
  if (c.to.status === 'coi') return `${t.causeConflict(juror, team)}${reason}`;
  if (!c.to.counted) return `${t.causeUncounted(juror, team)}${reason}`;
  if (!c.from.counted) return `${t.causeFinalised(juror, team, formatPoints(c.to.total, lang))}${reason}`;
  return `${t.causeEdited(juror, team, formatPoints(c.from.total, lang), formatPoints(c.to.total, lang))}${reason}`;
}
