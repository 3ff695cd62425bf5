/** The event's audit trail: every organizer change, marked when it came after the first score. */

import { useLang } from '#app/i18n/index.ts';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatMoment } from '#app/panitia/format.ts';
import { useAdminQuery } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { AuditListSchema } from '#shared/admin-api.ts';

export function AuditTab({ eventId }: { eventId: string }) {
  const t = usePanitiaT();
  const lang = useLang();
  const audit = useAdminQuery(`/events/${eventId}/audit`, AuditListSchema);
  const entries = audit.data?.entries ?? [];
  return (
    <section class="card">
      <p class="muted">{t.panitia.auditIntro}</p>
      <FailureText failure={audit.failure} />
      {audit.data && entries.length === 0 && <p>{t.panitia.noAudit}</p>}
      <ol class="audit-list">
        {[...entries].reverse().map((e) => (
          <li key={e.id} class={e.afterFirstScore ? 'after-score' : undefined}>
            <span class="muted">
              {formatMoment(e.at, lang)} · v{e.version}
              {e.afterFirstScore ? ` · ${t.panitia.afterFirstScore}` : ''}
            </span>
            <span>{e.summary}</span>
            {e.reason && (
              <span>
                {t.panitia.reason}: {e.reason}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
