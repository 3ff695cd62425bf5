import { useJurorT } from '#app/i18n/use-juror-t.ts';
import type { EventPackage } from '#shared/event.ts';

interface Props {
  pkg: EventPackage;
  /** A choice is being saved: further taps would start a second session. */
  busy: boolean;
  onChoose: (eventId: string, jurorId: string) => void;
}

/** One large button per juror of an event. */
export function JurorList({ pkg, busy, onChoose }: Props) {
  const t = useJurorT();
  return (
    <section class="juror-event" aria-labelledby={`event-${pkg.event.id}`}>
      <h2 id={`event-${pkg.event.id}`}>{pkg.event.name}</h2>
      <p class="muted">
        {pkg.event.organiser} · {pkg.event.venue}
      </p>
      <ul class="juror-list" aria-label={t.juror.jurorsOf(pkg.event.name)}>
        {pkg.jurors.map((juror) => (
          <li key={juror.id}>
            <button
              type="button"
              class="juror-choice"
              data-juror-id={juror.id}
              disabled={busy}
              onClick={() => onChoose(pkg.event.id, juror.id)}
            >
              <span class="juror-name">{juror.name}</span>
              {juror.role && <span class="juror-role">{juror.role}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
