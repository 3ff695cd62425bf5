/**
 * Route "/ekspor": the juror's scores off the tablet without a network. Opening it signs whatever is
 * not bundled yet (export-repo.ts), so every button below hands out the same signed bundles the sync
 * loop sends: the score file (shared or downloaded), the readable XLSX/CSV, and the QR codes.
 * Works offline and after everything was synced (then the file simply holds what the server has).
 */
import { useEffect, useState } from 'preact/hooks';
import { lazy } from 'preact-iso';
import type { ExportSource } from '#app/db/export-repo.ts';
import { canShareFiles, type Delivery, deliverFile } from '#app/export/share-file.ts';
import { useExportT } from '#app/i18n/use-export-t.ts';
import type { ScoreFileScope } from '#shared/score-file.ts';
import '#app/styles/export.css';

type Signed = Extract<ExportSource, { kind: 'signed' }>;
type Readable = Exclude<ExportSource, { kind: 'none' }>;
// Loaded with the data (and the QR library when asked): shared modules reached only from here stay
// out of the list of chunks the juror's first load carries.
type Api = typeof import('#app/export/prepare-export.ts');
const TransferQr = lazy(() => import('#app/components/export/transfer-qr.tsx').then((m) => m.TransferQr));

export function ExportScreen() {
  const t = useExportT().exp;
  const [prepared, setPrepared] = useState<{ source: ExportSource; api: Api } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const prepare = async () => {
      const api = await import('#app/export/prepare-export.ts');
      setPrepared({ source: await api.prepareExport(), api });
    };
    prepare().catch((error: unknown) => {
      console.error('export', error);
      setFailed(true);
    });
  }, []);
  const source = prepared?.source;

  return (
    <main class="page export-page">
      <h1>{t.title}</h1>
      <p class="muted">{t.intro}</p>
      {failed && (
        <p class="error-text" role="alert">
          {t.failed}
        </p>
      )}
      {!source && !failed && <p role="status">{t.preparing}</p>}
      {source?.kind === 'none' && <p>{t.nothing}</p>}
      {prepared && source && source.kind !== 'none' && <ExportChoices source={source} api={prepared.api} />}
      <a class="btn" href="/rekap">
        {t.back}
      </a>
    </main>
  );
}

function ExportChoices({ source, api }: { source: Readable; api: Api }) {
  const t = useExportT().exp;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { session, pkg } = source;
  const name = (extension: string) => api.exportFileName(session.eventId, session.jurorId, extension);

  const deliver = async (make: () => Promise<Blob>, fileName: string, share: boolean) => {
    setMessage(null);
    let delivery: Delivery;
    try {
      delivery = await deliverFile(await make(), fileName, share);
    } catch (error) {
      console.error('export', error);
      setMessage({ text: t.failed, error: true });
      return;
    }
    if (delivery !== 'cancelled')
      setMessage({ text: delivery === 'shared' ? t.shared : t.downloaded(fileName), error: false });
  };
  const readable = async (format: 'xlsx' | 'csv') => {
    // The spreadsheet libraries load only now: the export screen opens without them.
    const { readableCsv, readableXlsx } = await import('#app/export/readable-copy.ts');
    const table = api.readableTable(pkg, source.sheets);
    return format === 'xlsx' ? readableXlsx(table) : readableCsv(table);
  };

  return (
    <>
      {source.kind === 'signed' ? (
        <SignedSummary source={source} />
      ) : (
        <p class="export-note" data-testid="export-unsigned">
          {source.reason === 'practice' ? t.practice : t.unenrolled}
        </p>
      )}
      {source.kind === 'signed' && (
        <section class="card export-section">
          <h2>{t.fileTitle}</h2>
          <p class="muted">{t.fileHelp}</p>
          <div class="button-row">
            {canShareFiles() && (
              <button
                type="button"
                class="btn btn-primary"
                onClick={() =>
                  void deliver(() => scoreFileBlob(api, source), name(api.SCORE_FILE_EXTENSION), true)
                }
              >
                {t.shareFile}
              </button>
            )}
            <button
              type="button"
              class={canShareFiles() ? 'btn' : 'btn btn-primary'}
              onClick={() =>
                void deliver(() => scoreFileBlob(api, source), name(api.SCORE_FILE_EXTENSION), false)
              }
            >
              {t.downloadFile}
            </button>
          </div>
        </section>
      )}
      <section class="card export-section">
        <h2>{t.readableTitle}</h2>
        <p class="muted">{t.readableHelp}</p>
        <div class="button-row">
          <button
            type="button"
            class="btn"
            onClick={() => void deliver(() => readable('xlsx'), name('.xlsx'), canShareFiles())}
          >
            {t.downloadXlsx}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => void deliver(() => readable('csv'), name('.csv'), canShareFiles())}
          >
            {t.downloadCsv}
          </button>
        </div>
      </section>
      {message && (
        <p class={message.error ? 'error-text' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {source.kind === 'signed' && <QrSection source={source} api={api} />}
    </>
  );
}

function SignedSummary({ source }: { source: Signed }) {
  const t = useExportT().exp;
  const changes = source.bundles.reduce((n, b) => n + b.changes.length, 0);
  return (
    <section class="card export-summary" data-testid="export-summary">
      <p>
        <strong>{t.who(source.credential.jurorName, source.pkg.event.name)}</strong>
      </p>
      <p>{t.contents(source.bundles.length, changes, source.sheets.length)}</p>
      <p>{t.unsent(source.unsentIds.size)}</p>
      {source.unbundled > 0 && (
        <p class="error-text" role="alert" data-testid="export-unbundled">
          {t.unbundled(source.unbundled)}
        </p>
      )}
    </section>
  );
}

function QrSection({ source, api }: { source: Signed; api: Api }) {
  const t = useExportT().exp;
  const [scope, setScope] = useState<ScoreFileScope>(source.unsentIds.size > 0 ? 'unsent' : 'all');
  const [frames, setFrames] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const count = scope === 'all' ? source.bundles.length : source.unsentIds.size;

  const show = async () => {
    setBusy(true);
    try {
      const { encodeTransfer } = await import('#app/export/transfer-codec.ts');
      setFrames(await encodeTransfer(await api.buildScoreFile(source, { scope, withSheets: false })));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card export-section">
      <h2>{t.qrTitle}</h2>
      <p class="muted">{t.qrHelp}</p>
      {frames ? (
        <TransferQr frames={frames} onClose={() => setFrames(null)} />
      ) : (
        <>
          <fieldset class="export-scope">
            <label>
              <input
                type="radio"
                name="qr-scope"
                checked={scope === 'unsent'}
                onChange={() => setScope('unsent')}
              />
              {t.qrUnsent(source.unsentIds.size)}
            </label>
            <label>
              <input
                type="radio"
                name="qr-scope"
                checked={scope === 'all'}
                onChange={() => setScope('all')}
              />
              {t.qrAll(source.bundles.length)}
            </label>
          </fieldset>
          {count === 0 ? (
            <p>{t.qrNone}</p>
          ) : (
            <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void show()}>
              {t.qrShow}
            </button>
          )}
        </>
      )}
    </section>
  );
}

async function scoreFileBlob(api: Api, source: Signed): Promise<Blob> {
  const file = await api.buildScoreFile(source, { scope: 'all', withSheets: true });
  return new Blob([api.scoreFileText(file)], { type: 'application/json' });
}
