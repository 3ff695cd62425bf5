import { teamsInScheduleOrder } from '#app/components/schedule/schedule-model.ts';
import { StatusChip } from '#app/components/schedule/status-chip.tsx';
import { useLang, useT } from '#app/i18n/index.ts';
import type { EventPackage } from '#shared/event.ts';
import { localeTag } from '#shared/locale.ts';
import { formatTotal, weightedTotal } from '#shared/scoring.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

interface Props {
  pkg: EventPackage;
  sheets: readonly ScoreSheet[];
}

/** Teams × criteria with the weighted total; scrolls sideways on a phone, the team column stays put. */
export function ScoreTable({ pkg, sheets }: Props) {
  const t = useT();
  const lang = useLang();
  const locale = localeTag(lang);
  const { criteria } = pkg.rubric;
  const byTeam = new Map(sheets.map((s) => [s.teamId, s]));
  const dayNumber = (day: string) => pkg.event.days.indexOf(day) + 1;

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
    <section class="table-scroll" aria-label={t.schedule.tableLabel} tabIndex={0}>
      <table class="score-table">
        <thead>
          <tr>
            <th scope="col" class="col-team">
              {t.schedule.colTeam}
            </th>
            {criteria.map((c) => (
              <th scope="col" key={c.id} class="num" data-criterion-id={c.id}>
                {c.name[lang]}
              </th>
            ))}
            <th scope="col" class="num">
              {t.schedule.colTotal}
            </th>
            <th scope="col">{t.schedule.colStatus}</th>
          </tr>
        </thead>
        <tbody>
          {teamsInScheduleOrder(pkg).map(({ team, slot }) => {
            const sheet = byTeam.get(team.id);
            // A team the organizer withdrew stays listed only if the juror scored it: those scores are kept.
            if (team.withdrawn && !sheet) return null;
            const status = sheet?.status ?? 'none';
            const total = weightedTotal(pkg.rubric, sheet?.scores ?? {});
            // A conflicted sheet counts for nothing, whatever was tapped before the declaration.
            const showTotal = total.scored > 0 && status !== 'coi';
            return (
              <tr key={team.id} data-team-id={team.id} data-status={status}>
                <th scope="row" class="col-team">
                  <a class="cell-link" href={`/nilai/${team.id}`}>
                    <span class="cell-agency">{team.agency}</span>
                    <span class="cell-title">{team.title}</span>
                  </a>
                  <span class="cell-time muted">
                    {team.withdrawn
                      ? t.schedule.withdrawn
                      : slot
                        ? `${t.schedule.day(dayNumber(slot.day))} · ${slot.start}`
                        : t.schedule.unscheduled}
                  </span>
                </th>
                {criteria.map((c) => {
                  const value = sheet?.scores[c.id];
                  return (
                    <td key={c.id} class="num" data-criterion-id={c.id}>
                      {value === undefined ? t.schedule.empty : value.toLocaleString(locale)}
                    </td>
                  );
                })}
                <td class="num total">
                  <span class="total-value">
                    {showTotal ? formatTotal(total.total, lang) : t.schedule.empty}
                  </span>
                  {/* Only a final sheet has a total; a draft's number says it is provisional. */}
                  {showTotal && status !== 'final' && (
                    <span class="cell-partial muted">
                      {total.complete
                        ? t.schedule.provisional
                        : `${t.schedule.provisional} · ${t.schedule.partial(total.scored, criteria.length)}`}
                    </span>
                  )}
                </td>
                <td>
                  <StatusChip status={status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
