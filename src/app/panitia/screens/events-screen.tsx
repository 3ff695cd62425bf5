/** The console's home: every event on the server, and a form to create the real one. */
import { useLocation } from 'preact-iso';
import { EventForm, type EventFormValue } from '#app/panitia/components/event-form.tsx';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { useAdminAction, useAdminQuery } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { EventDetailSchema, EventListSchema } from '#shared/admin-api.ts';

const BLANK: EventFormValue = {
  id: '',
  name: '',
  organiser: 'Bagian Organisasi, Sekretariat Daerah Kota Malang',
  venue: '',
  days: [new Date().toISOString().slice(0, 10)],
  timezone: 'Asia/Jakarta',
  rooms: [],
  presentationMinutes: 7,
  interviewMinutes: 13,
  topGroups: [6, 3],
  rubricPreset: 'kipp-malang',
};

export function EventsScreen() {
  const t = usePanitiaT();
  const { route } = useLocation();
  const events = useAdminQuery('/events', EventListSchema);
  const create = useAdminAction();
  const submit = async (value: EventFormValue) => {
    const result = await create.run('POST', '/events', EventDetailSchema, value);
    if (result.ok) route(`/panitia/acara/${result.value.package.event.id}/peserta`);
  };
  return (
    <main class="page console-page">
      <h1>{t.panitia.events}</h1>
      <p class="muted">{t.panitia.eventsIntro}</p>
      <FailureText failure={events.failure} />
      <ul class="event-list">
        {events.data?.events.map((e) => (
          <li key={e.id} class="card event-card">
            <a href={`/panitia/acara/${e.id}`} class="event-link">
              <strong>{e.name}</strong>
              <span class="muted">
                {e.days.join(', ')} · {t.panitia.teamsCount(e.teams)} · {t.panitia.jurorsCount(e.jurors)} ·{' '}
                {t.panitia.version(e.packageVersion)}
                {e.scored ? ` · ${t.panitia.scoring}` : ''}
              </span>
            </a>
          </li>
        ))}
        {events.data?.events.length === 0 && <li class="muted">{t.panitia.noEvents}</li>}
      </ul>
      <section class="card">
        <h2>{t.panitia.createEvent}</h2>
        <p class="muted">{t.panitia.createHint}</p>
        <EventForm
          initial={BLANK}
          creating
          busy={create.busy}
          submitLabel={t.panitia.create}
          onSubmit={(v) => void submit(v)}
        />
        <FailureText failure={create.failure} />
      </section>
    </main>
  );
}
