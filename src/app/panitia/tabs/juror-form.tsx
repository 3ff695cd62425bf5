/** Add or edit a juror: name (with degrees, as printed), position and institution. */
import { useState } from 'preact/hooks';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { useAdminAction } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { type EventDetail, EventDetailSchema } from '#shared/admin-api.ts';
import type { Juror } from '#shared/event.ts';

interface Props {
  eventId: string;
  juror: Juror | null;
  onSaved: (detail: EventDetail) => void;
}

export function JurorForm({ eventId, juror, onSaved }: Props) {
  const t = usePanitiaT();
  const save = useAdminAction();
  const [name, setName] = useState(juror?.name ?? '');
  const [title, setTitle] = useState(juror?.title ?? '');
  const [institution, setInstitution] = useState(juror?.institution ?? '');
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      name,
      ...(title.trim() ? { title } : {}),
      ...(institution.trim() ? { institution } : {}),
    };
    const result = juror
      ? await save.run('PUT', `/events/${eventId}/jurors/${juror.id}`, EventDetailSchema, body)
      : await save.run('POST', `/events/${eventId}/jurors`, EventDetailSchema, body);
    if (result.ok) {
      onSaved(result.value);
      if (!juror) {
        setName('');
        setTitle('');
        setInstitution('');
      }
    }
  };
  return (
    <form class="grid-form juror-form" onSubmit={(e) => void submit(e)}>
      <label class="field wide">
        <span>{t.panitia.jurorName}</span>
        <input name="juror-name" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t.panitia.jurorTitle}</span>
        <input name="juror-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t.panitia.jurorInstitution}</span>
        <input
          name="juror-institution"
          value={institution}
          onInput={(e) => setInstitution(e.currentTarget.value)}
        />
      </label>
      <div class="wide">
        <button type="submit" class="btn btn-primary" disabled={save.busy}>
          {juror ? t.panitia.saveJuror : t.panitia.addJuror}
        </button>
      </div>
      <FailureText failure={save.failure} />
    </form>
  );
}
