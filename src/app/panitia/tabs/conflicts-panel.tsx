/** Conflicts of interest the organizer knows of in advance (juror × team), with their reasons. */
import { useState } from 'preact/hooks';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import type { TabProps } from '#app/panitia/screens/event-screen.tsx';
import { useAdminAction } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { EventDetailSchema } from '#shared/admin-api.ts';

export function ConflictsPanel({ detail, onDetail }: TabProps) {
  const t = usePanitiaT();
  const pkg = detail.package;
  const action = useAdminAction();
  const [jurorId, setJurorId] = useState(pkg.jurors[0]?.id ?? '');
  const active = pkg.teams.filter((team) => !team.withdrawn);
  const [teamId, setTeamId] = useState(active[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const send = async (body: { jurorId: string; teamId: string; reason: string | null }) => {
    const result = await action.run('PUT', `/events/${pkg.event.id}/conflicts`, EventDetailSchema, body);
    if (result.ok) {
      onDetail(result.value);
      setReason('');
    }
  };
  const name = (id: string) => pkg.jurors.find((j) => j.id === id)?.name ?? id;
  const title = (id: string) => pkg.teams.find((x) => x.id === id)?.title ?? id;
  const conflicts = pkg.conflicts ?? [];
  return (
    <section class="card">
      <h2>{t.panitia.conflictsTitle}</h2>
      <p class="muted">{t.panitia.conflictsHint}</p>
      {conflicts.length === 0 ? (
        <p>{t.panitia.noConflicts}</p>
      ) : (
        <ul class="conflict-list">
          {conflicts.map((k) => (
            <li key={`${k.jurorId}-${k.teamId}`}>
              <strong>{name(k.jurorId)}</strong> – {title(k.teamId)}: {k.reason}{' '}
              <button
                type="button"
                class="btn btn-quiet"
                onClick={() => void send({ jurorId: k.jurorId, teamId: k.teamId, reason: null })}
              >
                {t.panitia.clearConflict}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pkg.jurors.length > 0 && active.length > 0 && (
        <form
          class="grid-form"
          onSubmit={(e) => {
            e.preventDefault();
            void send({ jurorId, teamId, reason });
          }}
        >
          <label class="field">
            <span>{t.panitia.conflictJuror}</span>
            <select value={jurorId} onChange={(e) => setJurorId(e.currentTarget.value)}>
              {pkg.jurors.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t.panitia.conflictTeam}</span>
            <select value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
              {active.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.no ? `${team.no}. ` : ''}
                  {team.title}
                </option>
              ))}
            </select>
          </label>
          <label class="field wide">
            <span>{t.panitia.conflictReason}</span>
            <input required minLength={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          <div class="wide">
            <button type="submit" class="btn" disabled={action.busy}>
              {t.panitia.declareConflict}
            </button>
          </div>
        </form>
      )}
      <FailureText failure={action.failure} />
    </section>
  );
}
