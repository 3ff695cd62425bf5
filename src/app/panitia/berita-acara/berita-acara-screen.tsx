/**
 * The printable berita acara (/panitia/acara/:eventId/berita-acara), in the console's lazy chunk: it
 * asks the server for the results recomputed from the raw bundles with everything printed beside them,
 * builds the document with the shared model and lays it out for A4. The browser's print dialog
 * ("Save as PDF") gives the file; the console's chrome and this toolbar are not printed.
 */
import { useMemo } from 'preact/hooks';
import { MinutesDocumentView } from '#app/panitia/berita-acara/minutes-document.tsx';
import { pageStyle } from '#app/panitia/berita-acara/page-style.ts';
import { useMinutesT } from '#app/panitia/berita-acara/use-minutes-t.ts';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { useAdminQuery } from '#app/panitia/use-admin.ts';
import { MinutesDataSchema } from '#shared/berita-acara/api.ts';
import { buildMinutes } from '#shared/berita-acara/build-minutes.ts';
import '#app/styles/berita-acara.css';

export function BeritaAcaraScreen({ eventId }: { eventId?: string }) {
  const t = useMinutesT();
  const id = eventId ?? '';
  const query = useAdminQuery(`/events/${encodeURIComponent(id)}/berita-acara`, MinutesDataSchema);
  const doc = useMemo(() => (query.data ? buildMinutes(query.data) : null), [query.data]);
  return (
    <main class="minutes-page">
      <div class="no-print minutes-toolbar">
        <div class="button-row">
          <a class="btn" href={`/panitia/acara/${id}/pengaturan`}>
            {t.minutes.back}
          </a>
          <button type="button" class="btn btn-primary" onClick={() => window.print()} disabled={!doc}>
            {t.minutes.print}
          </button>
        </div>
        {doc && (
          <p class={doc.final ? 'muted' : 'draft-warning'} role="status">
            {doc.final ? t.minutes.finalNote : t.minutes.draftWarning}
          </p>
        )}
        <p class="muted">{t.minutes.printHint}</p>
        {!doc && !query.failure && <p aria-busy="true">{t.minutes.loading}</p>}
        <FailureText failure={query.failure} />
      </div>
      {doc && (
        <>
          <style>{pageStyle(doc)}</style>
          <MinutesDocumentView doc={doc} />
        </>
      )}
    </main>
  );
}
