/** The panel: jurors (add, edit, remove), which have a tablet, new codes, cards to print, conflicts. */
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '#app/panitia/components/confirm-dialog.tsx';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import type { TabProps } from '#app/panitia/screens/event-screen.tsx';
import { ConflictsPanel } from '#app/panitia/tabs/conflicts-panel.tsx';
import { JurorForm } from '#app/panitia/tabs/juror-form.tsx';
import { useAdminAction, useAdminQuery } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { DeviceListSchema, EnrollmentCardSchema, EventDetailSchema } from '#shared/admin-api.ts';
import type { Juror } from '#shared/event.ts';

type Pending = { kind: 'remove' | 'reissue'; juror: Juror } | null;

export function JurorsTab(props: TabProps) {
  const t = usePanitiaT();
  const { detail, onDetail } = props;
  const pkg = detail.package;
  const devices = useAdminQuery(`/events/${pkg.event.id}/devices`, DeviceListSchema);
  const action = useAdminAction();
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<string | null>(null);
  const enrolled = new Set(
    (devices.data?.devices ?? []).filter((d) => d.revokedAt === null).map((d) => d.jurorId),
  );

  const confirm = async (p: NonNullable<Pending>) => {
    setPending(null);
    setMessage(null);
    if (p.kind === 'remove') {
      const result = await action.run(
        'DELETE',
        `/events/${pkg.event.id}/jurors/${p.juror.id}`,
        EventDetailSchema,
      );
      if (result.ok) onDetail(result.value);
      return;
    }
    const result = await action.run(
      'POST',
      `/events/${pkg.event.id}/jurors/${p.juror.id}/code`,
      EnrollmentCardSchema,
    );
    if (result.ok) setMessage(t.panitia.reissued(p.juror.name, result.value.code));
  };

  return (
    <>
      <section class="card">
        <div class="section-head">
          <h2>{t.panitia.jurorsTitle(pkg.jurors.length)}</h2>
          <a class="btn btn-primary" href={`/panitia/acara/${pkg.event.id}/kartu`} data-testid="print-cards">
            {t.panitia.printCards}
          </a>
        </div>
        <p class="muted">{t.panitia.cardsHint}</p>
        {message && <p role="status">{message}</p>}
        <FailureText failure={action.failure} />
        <ul class="juror-admin-list">
          {pkg.jurors.map((juror) => (
            <li key={juror.id} data-juror-id={juror.id}>
              <div class="juror-line">
                <span>
                  <strong>{juror.name}</strong>
                  <br />
                  <span class="muted">
                    {[juror.title, juror.institution].filter(Boolean).join(', ') || juror.role}
                  </span>
                </span>
                <span class={enrolled.has(juror.id) ? 'chip chip-ok' : 'chip'}>
                  {enrolled.has(juror.id) ? t.panitia.enrolled : t.panitia.notEnrolled}
                </span>
                <span class="actions">
                  <button
                    type="button"
                    class="btn"
                    onClick={() => setEditing(editing === juror.id ? null : juror.id)}
                  >
                    {t.panitia.editJuror}
                  </button>
                  <button type="button" class="btn" onClick={() => setPending({ kind: 'reissue', juror })}>
                    {t.panitia.reissue}
                  </button>
                  <button
                    type="button"
                    class="btn btn-danger"
                    onClick={() => setPending({ kind: 'remove', juror })}
                  >
                    {t.panitia.removeJuror}
                  </button>
                </span>
              </div>
              {editing === juror.id && (
                <JurorForm
                  eventId={pkg.event.id}
                  juror={juror}
                  onSaved={(next) => {
                    onDetail(next);
                    setEditing(null);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
        <h3>{t.panitia.addJuror}</h3>
        <JurorForm eventId={pkg.event.id} juror={null} onSaved={onDetail} />
      </section>
      <ConflictsPanel {...props} />
      {pending && (
        <ConfirmDialog
          title={pending.kind === 'remove' ? t.panitia.removeJurorTitle : t.panitia.reissueTitle}
          message={
            pending.kind === 'remove'
              ? t.panitia.removeJurorMessage(pending.juror.name)
              : t.panitia.reissueMessage(pending.juror.name)
          }
          confirmLabel={pending.kind === 'remove' ? t.panitia.removeJuror : t.panitia.reissue}
          danger={pending.kind === 'remove'}
          onCancel={() => setPending(null)}
          onConfirm={() => void confirm(pending)}
        />
      )}
    </>
  );
}
