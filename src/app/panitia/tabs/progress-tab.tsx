/**
 * During the event the organizer's home: teams down, jurors across, each cell's status in words and
 * colour, counts per juror and per team, and every sheet still open 30 minutes after its slot. It
 * polls the server every 5 seconds while the page is visible: no reload needed.
 */
import { useLang } from '#app/i18n/index.ts';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatClock, formatMoment } from '#app/panitia/format.ts';
import { cellKey, isDone, lateCells } from '#app/panitia/tabs/progress-model.ts';
import { useAdminQuery } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { type ProgressCell, ProgressResponseSchema } from '#shared/admin-api.ts';
import { formatDay } from '#shared/import-cells.ts';
import { slotOf } from '#shared/package-diff.ts';
import '#app/styles/progress-grid.css';

export const PROGRESS_POLL_MS = 5_000;

export function ProgressTab({ eventId }: { eventId: string }) {
  const t = usePanitiaT();
  const lang = useLang();
  const progress = useAdminQuery(`/events/${eventId}/progress`, ProgressResponseSchema, PROGRESS_POLL_MS);
  const data = progress.data;
  if (!data) return <FailureText failure={progress.failure} />;
  const pkg = data.package;
  const cells = new Map(data.cells.map((c) => [cellKey(c.jurorId, c.teamId), c]));
  const teams = pkg.teams
    .filter((team) => pkg.jurors.some((j) => cells.has(cellKey(j.id, team.id))))
    .map((team) => ({ team, slot: slotOf(pkg, team.id) }))
    .sort((a, b) =>
      (a.slot ? `${a.slot.day}${a.slot.start}` : '~').localeCompare(
        b.slot ? `${b.slot.day}${b.slot.start}` : '~',
      ),
    );
  const late = lateCells(data, Date.now());
  const jurorName = (id: string) => pkg.jurors.find((j) => j.id === id)?.name ?? id;
  const teamTitle = (id: string) => pkg.teams.find((x) => x.id === id)?.title ?? id;
  const countFor = (pred: (c: ProgressCell) => boolean) =>
    data.cells.filter((c) => pred(c) && isDone(c)).length;

  return (
    <section class="card progress-tab" data-testid="progress">
      <p class="muted">
        {t.panitia.progressIntro} {t.panitia.updatedAt(formatMoment(data.generatedAt, lang))}
      </p>
      <FailureText failure={progress.failure} />
      <div
        class={late.length ? 'late-box warn' : 'late-box'}
        role={late.length ? 'alert' : 'status'}
        data-testid="late-sheets"
      >
        {late.length === 0 ? (
          <strong>{t.panitia.noLate}</strong>
        ) : (
          <details open={late.length <= 5}>
            <summary>
              <strong>{t.panitia.lateTitle(late.length)}</strong>
            </summary>
            <ul>
              {late.map((c) => (
                <li key={cellKey(c.jurorId, c.teamId)}>
                  {t.panitia.lateItem(teamTitle(c.teamId), jurorName(c.jurorId), t.panitia.cell[c.status])}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <p class="legend">
        {t.panitia.legend}:{' '}
        {(['none', 'draft', 'final', 'coi'] as const).map((s) => (
          <span key={s} class={`cell-chip status-${s}`}>
            {t.panitia.cellShort[s]} = {t.panitia.cell[s]}
          </span>
        ))}{' '}
        <span>
          ! = {t.panitia.flagWithdrawn} / {t.panitia.flagMoved}
        </span>
      </p>
      <div class="table-scroll">
        <table class="progress-grid" aria-label={t.panitia.gridLabel}>
          <thead>
            <tr>
              <th scope="col">{t.panitia.colTeam}</th>
              {pkg.jurors.map((j) => (
                <th scope="col" key={j.id} title={j.name}>
                  {shortName(j.name)}
                </th>
              ))}
              <th scope="col">{t.panitia.totalCol}</th>
            </tr>
          </thead>
          <tbody>
            {teams.map(({ team, slot }) => (
              <tr key={team.id} data-team-id={team.id}>
                <th scope="row">
                  <span class="muted">
                    {slot ? `${formatDay(slot.day).slice(0, 5)} ${formatClock(slot.start)} ` : ''}
                  </span>
                  {team.no ? `${team.no}. ` : ''}
                  {team.title}
                </th>
                {pkg.jurors.map((j) => {
                  const cell = cells.get(cellKey(j.id, team.id));
                  if (!cell) return <td key={j.id} class="status-none" />;
                  const flags = cell.flags.map((f) =>
                    f === 'withdrawn' ? t.panitia.flagWithdrawn : t.panitia.flagMoved,
                  );
                  const label = [t.panitia.cell[cell.status], ...flags].join(', ');
                  return (
                    <td
                      key={j.id}
                      class={`status-${cell.status}`}
                      data-juror-id={j.id}
                      data-status={cell.status}
                      title={label}
                      aria-label={label}
                    >
                      {t.panitia.cellShort[cell.status]}
                      {flags.length > 0 && <span class="flag">!</span>}
                    </td>
                  );
                })}
                <td class="count">
                  {t.panitia.finalOf(
                    countFor((c) => c.teamId === team.id),
                    pkg.jurors.length,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.panitia.totalRow}</th>
              {pkg.jurors.map((j) => (
                <td key={j.id} class="count" data-juror-total={j.id}>
                  {t.panitia.finalOf(
                    countFor((c) => c.jurorId === j.id && !c.flags.includes('withdrawn')),
                    teams.filter((x) => !x.team.withdrawn).length,
                  )}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

/** "Dr. Retno Kusumawardani, M.Si." → "Retno K." keeps columns narrow; the full name is the title. */
function shortName(name: string): string {
  const words = name
    .split(',')[0]
    ?.split(/\s+/)
    .filter((w) => w && !/\.$/.test(w));
  if (!words || words.length === 0) return name;
  return words.length > 1 ? `${words[0]} ${words[1]?.[0] ?? ''}.` : (words[0] ?? name);
}
