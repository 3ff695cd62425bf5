/**
 * Enrollment and the tablet's upload status. Not enrolled: scan the card's QR code, type the panitia's
 * code or confirm the one from the QR's URL (`/enroll?code=…`), then go to the schedule (which asks
 * for the integrity pact). Enrolled: who the tablet belongs to (and the ids it had before the panitia
 * revoked them), how sending goes, and a new code's form — open when the tablet was revoked. Outside a
 * secure context there is no form at all, only why and what to do: the code must not be spent on a
 * tablet that could never send.
 */
import { useLocation } from 'preact-iso';
import { EnrollStart } from '#app/components/enroll/enroll-start.tsx';
import { EnrollForm } from '#app/components/sync/enroll-form.tsx';
import { InsecureNotice } from '#app/components/sync/insecure-notice.tsx';
import { SyncPanel } from '#app/components/sync/sync-panel.tsx';
import { useSyncView } from '#app/components/sync/use-sync-overview.ts';
import { useEventPackage } from '#app/db/live.ts';
import { useSyncT } from '#app/i18n/use-sync-t.ts';
import { enrollWithCode } from '#app/sync/enroll.ts';
import { canSignHere } from '#app/sync/secure-context.ts';
import '#app/styles/sync.css';

export function EnrollScreen() {
  const t = useSyncT();
  const { query, route } = useLocation();
  const view = useSyncView();
  const pkg = useEventPackage(view?.overview.eventId ?? undefined);
  if (!view) return <main class="page">{t.common.loading}</main>;
  const { overview } = view;
  // A revoked tablet's way back is a new code: the form is open, not folded away.
  const revoked = overview.problem?.code === 'revoked';
  const secure = canSignHere();
  const form = (
    <EnrollForm initialCode={query.code} onSubmit={enrollWithCode} onEnrolled={() => route('/')} />
  );
  const notice = <InsecureNotice origin={location.origin} />;

  if (!overview.enrolled) {
    return (
      <main class="page enroll-page">
        <EnrollStart initialCode={query.code} onEnrolled={() => route('/')} />
      </main>
    );
  }

  return (
    <main class="page enroll-page">
      <h1>{t.sync.enrolledTitle}</h1>
      <section class="card" data-testid="enrolled-card">
        <p>{t.sync.enrolledAs(overview.jurorName ?? '')}</p>
        {pkg && <p class="muted">{pkg.event.name}</p>}
        <p class="muted">
          {t.sync.deviceLabel}: <code>{overview.deviceId}</code>
        </p>
        {overview.retired.length > 0 && (
          <p class="muted" data-testid="previous-ids">
            {t.sync.previousIds(overview.retired.map((d) => d.deviceId).join(', '))}
          </p>
        )}
      </section>
      <SyncPanel />
      <details class="card enroll-again" open={query.code !== undefined || revoked}>
        <summary>{t.sync.reenrollTitle}</summary>
        <p class="muted">{t.sync.reenrollHint}</p>
        {secure ? form : notice}
      </details>
    </main>
  );
}
