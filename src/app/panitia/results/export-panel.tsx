/**
 * Ekspor nilai: the workbook and the CSV tables, made in the browser from the snapshot on screen plus
 * the event's audit trail. The spreadsheet libraries load only when a button is pressed, so neither the
 * juror's first load nor the console's grows by them.
 */
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { download } from '#app/panitia/download.ts';
import { usePanitia } from '#app/panitia/panitia-context.ts';
import type { CsvSeparator } from '#app/panitia/results/export-csv.ts';
import { fileStem } from '#app/panitia/results/export-model.ts';
import type { ResultsSnapshot } from '#app/panitia/results/use-results.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { AuditListSchema } from '#shared/admin-api.ts';

type Job = 'xlsx' | 'csv-ranking' | 'csv-scores';

export function ExportPanel({ snapshot }: { snapshot: ResultsSnapshot }) {
  const t = usePanitiaT().panitia.results;
  const { client, onFailure } = usePanitia();
  const [separator, setSeparator] = useState<CsvSeparator>(';');
  const [busy, setBusy] = useState<Job | null>(null);
  const [failed, setFailed] = useState(false);

  const run = async (job: Job) => {
    setBusy(job);
    setFailed(false);
    try {
      const audit = await client.request(
        'GET',
        `/events/${encodeURIComponent(snapshot.eventId)}/audit`,
        AuditListSchema,
      );
      if (!audit.ok) {
        onFailure(audit.failure);
        throw new Error('audit');
      }
      const { exportSheets } = await import('#app/panitia/results/export-sheets.ts');
      const sheets = exportSheets({ reply: snapshot, audit: audit.value.entries, exportedAt: new Date() });
      if (job === 'xlsx') {
        const { xlsxBlob } = await import('#app/panitia/results/export-xlsx.ts');
        download(await xlsxBlob(sheets), `${fileStem('peringkat', snapshot)}.xlsx`);
      } else {
        const { csvBlob } = await import('#app/panitia/results/export-csv.ts');
        const [ranking, scores] = sheets;
        const sheet = job === 'csv-ranking' ? ranking : scores;
        if (!sheet) throw new Error('no sheet');
        const stem = fileStem(job === 'csv-ranking' ? 'peringkat' : 'nilai-per-juri', snapshot);
        download(csvBlob(sheet, separator), `${stem}.csv`);
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="card export-panel" data-testid="export-panel">
      <h2>{t.exportTitle}</h2>
      <p class="muted">{t.exportHint}</p>
      <div class="button-row">
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy !== null}
          onClick={() => void run('xlsx')}
        >
          {t.exportXlsx}
        </button>
        <button type="button" class="btn" disabled={busy !== null} onClick={() => void run('csv-ranking')}>
          {t.exportCsvRanking}
        </button>
        <button type="button" class="btn" disabled={busy !== null} onClick={() => void run('csv-scores')}>
          {t.exportCsvScores}
        </button>
        <label class="field">
          <span>{t.separator}</span>
          <select
            value={separator}
            onChange={(e) => setSeparator(v.parse(v.picklist([';', ',']), e.currentTarget.value))}
          >
            <option value=";">{t.separatorSemicolon}</option>
            <option value=",">{t.separatorComma}</option>
          </select>
        </label>
      </div>
      {busy && <p role="status">{t.exporting}</p>}
      {failed && (
        <p class="error-text" role="alert">
          {t.exportFailed}
        </p>
      )}
    </section>
  );
}
