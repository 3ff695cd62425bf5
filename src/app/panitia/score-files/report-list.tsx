/** One line per imported file, in plain Indonesian: the file's name, what happened, and what to do. */
import { failureMessage } from '#app/panitia/components/failure-text.tsx';
import type { ImportResult } from '#app/panitia/score-files/import-score-file.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { EventPackage } from '#shared/event.ts';

export interface ReportRow {
  key: number;
  fileName: string;
  result: ImportResult | null;
}

export function ReportList({ rows, pkg }: { rows: readonly ReportRow[]; pkg: EventPackage }) {
  const t = usePanitiaT();
  const p = t.panitia;
  if (rows.length === 0) return null;
  const jurorName = (id: string | null) => pkg.jurors.find((j) => j.id === id)?.name ?? id ?? '—';
  return (
    <section aria-labelledby="score-reports-title">
      <h3 id="score-reports-title">{p.reportsTitle}</h3>
      <ul class="score-reports" data-testid="score-reports">
        {rows.map(({ key, fileName, result }) => {
          if (!result)
            return (
              <li key={key} data-file={fileName} data-outcome="pending" role="status">
                {p.importing(fileName)}
              </li>
            );
          if (!result.ok)
            return (
              <li key={key} data-file={fileName} data-outcome="failed" class="report-refused">
                {p.importFailed(fileName, failureMessage(result.failure, t))}
              </li>
            );
          const r = result.report;
          const good = r.outcome === 'accepted' || r.outcome === 'already_had';
          const words = {
            file: fileName,
            juror: jurorName(r.jurorId),
            bundles: r.bundles,
            accepted: r.accepted,
            alreadyHad: r.alreadyHad,
            changes: r.changesAccepted,
            eventId: r.eventId ?? '—',
          };
          return (
            <li
              key={key}
              data-file={fileName}
              data-outcome={r.outcome}
              class={good ? 'report-ok' : 'report-refused'}
            >
              <strong>{fileName}</strong> — <span class="report-outcome">{p.outcome[r.outcome]}</span>.{' '}
              {p.explain[r.outcome](words)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
