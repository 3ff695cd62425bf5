/** Teams and their slots: the import, the schedule table, and add / move / withdraw (with undo). */
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '#app/panitia/components/confirm-dialog.tsx';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatClock } from '#app/panitia/format.ts';
import type { TabProps } from '#app/panitia/screens/event-screen.tsx';
import { ImportPanel } from '#app/panitia/tabs/import-panel.tsx';
import { TeamForm } from '#app/panitia/tabs/team-form.tsx';
import { useAdminAction } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { EventDetailSchema } from '#shared/admin-api.ts';
import type { Slot, Team } from '#shared/event.ts';
import { formatDay } from '#shared/import-cells.ts';
import { slotOf } from '#shared/package-diff.ts';

type Editing = { team: Team | null } | null;
interface Undo {
  message: string;
  team: Team;
  slot: Slot | undefined;
}

export function TeamsTab(props: TabProps) {
  const t = usePanitiaT();
  const { detail, onDetail } = props;
  const pkg = detail.package;
  const [editing, setEditing] = useState<Editing>(null);
  const [withdrawing, setWithdrawing] = useState<Team | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const action = useAdminAction();
  const active = pkg.teams.filter((team) => !team.withdrawn);
  const rows = active
    .map((team) => ({ team, slot: slotOf(pkg, team.id) }))
    .sort((a, b) => sortKey(a.slot).localeCompare(sortKey(b.slot)) || (a.team.no ?? 0) - (b.team.no ?? 0));
  const withdrawn = pkg.teams.filter((team) => team.withdrawn);

  const withdraw = async (team: Team) => {
    setWithdrawing(null);
    const slot = slotOf(pkg, team.id);
    const result = await action.run('DELETE', `/events/${pkg.event.id}/teams/${team.id}`, EventDetailSchema);
    if (result.ok) {
      onDetail(result.value);
      setNotice(null);
      setUndo({ message: t.panitia.withdrawn(team.title), team, slot });
    }
  };
  const restore = async (team: Team, slot: Slot | undefined) => {
    const { id, withdrawn: _w, ...fields } = team;
    const body = { ...fields, slot: slot ? { day: slot.day, start: slot.start, room: slot.room } : null };
    const result = await action.run('PUT', `/events/${pkg.event.id}/teams/${id}`, EventDetailSchema, body);
    if (result.ok) {
      onDetail(result.value);
      setUndo(null);
    }
  };

  return (
    <>
      <ImportPanel {...props} />
      <section class="card">
        <div class="section-head">
          <h2>{t.panitia.teamsTitle(active.length)}</h2>
          <button type="button" class="btn" onClick={() => setEditing({ team: null })}>
            {t.panitia.addTeam}
          </button>
        </div>
        {notice && <p role="status">{notice}</p>}
        {undo && (
          <p role="status" class="undo-bar">
            {undo.message}{' '}
            <button type="button" class="btn" onClick={() => void restore(undo.team, undo.slot)}>
              {t.panitia.undo}
            </button>
          </p>
        )}
        <FailureText failure={action.failure} />
        <div class="table-scroll">
          <table class="console-table" data-testid="team-table">
            <thead>
              <tr>
                <th scope="col">{t.panitia.colNo}</th>
                <th scope="col">{t.panitia.colTeam}</th>
                <th scope="col">{t.panitia.colWhen}</th>
                <th scope="col">{t.panitia.colRoom}</th>
                <th scope="col">{t.panitia.colActions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ team, slot }) => (
                <tr key={team.id} data-team-id={team.id}>
                  <td>{team.no ?? ''}</td>
                  <td>
                    <strong>{team.title}</strong>
                    <br />
                    <span class="muted">{team.agency}</span>
                  </td>
                  <td data-testid="team-slot">
                    {slot ? `${formatDay(slot.day)} ${formatClock(slot.start)}` : t.panitia.unscheduled}
                  </td>
                  <td>{slot?.room ?? ''}</td>
                  <td class="actions">
                    <button type="button" class="btn" onClick={() => setEditing({ team })}>
                      {t.panitia.editTeam}
                    </button>
                    <button type="button" class="btn btn-danger" onClick={() => setWithdrawing(team)}>
                      {t.panitia.withdraw}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {withdrawn.length > 0 && (
          <details>
            <summary>
              {t.panitia.withdrawnList} ({withdrawn.length})
            </summary>
            <ul>
              {withdrawn.map((team) => (
                <li key={team.id}>
                  {team.title}{' '}
                  <button type="button" class="btn" onClick={() => setEditing({ team })}>
                    {t.panitia.restore}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      {editing && (
        <TeamForm
          pkg={pkg}
          team={editing.team}
          onClose={() => setEditing(null)}
          onSaved={(next, message) => {
            onDetail(next);
            setEditing(null);
            setUndo(null);
            setNotice(message);
          }}
        />
      )}
      {withdrawing && (
        <ConfirmDialog
          title={t.panitia.withdrawTitle}
          message={t.panitia.withdrawMessage(withdrawing.title)}
          confirmLabel={t.panitia.withdraw}
          danger
          onCancel={() => setWithdrawing(null)}
          onConfirm={() => void withdraw(withdrawing)}
        />
      )}
    </>
  );
}

function sortKey(slot: Slot | undefined): string {
  return slot ? `${slot.day} ${slot.start} ${slot.room}` : '~';
}
