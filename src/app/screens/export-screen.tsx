/**
 * Route "/ekspor": the juror's scores off the tablet without a network. Opening it signs whatever is
 * not bundled yet (export-repo.ts), so every button below hands out the same signed bundles the sync
 * loop sends: the score file (shared or downloaded), the readable XLSX/CSV, and the QR codes.
 * Works offline and after everything was synced (then the file simply holds what the server has).
 */
import { useEffect, useState } from 'preact/hooks';
import { TransferQr } from '#app/components/export/transfer-qr.tsx';
import { type ExportSource, readExportSource } from '#app/db/export-repo.ts';
import { buildScoreFile, exportFileName, scoreFileText } from '#app/export/build-score-file.ts';
import { readableTable } from '#app/export/readable-rows.ts';
import { canShareFiles, type Delivery, deliverFile } from '#app/export/share-file.ts';
import { useExportT } from '#app/i18n/use-export-t.ts';
import { SCORE_FILE_EXTENSION, type ScoreFileScope } from '#shared/score-file.ts';
import '#app/styles/export.css';

type Signed = Extract<ExportSource, { kind: 'signed' }>;
type Readable = Exclude<ExportSource, { kind: 'none' }>;

export function ExportScreen() {
  const t = useExportT().exp;
  const [source, setSource] = useState<ExportSource | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    readExportSource().then(setSource, (error: unknown) => {
      console.error('export', error);
      setFailed(true);
    });
  }, []);

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
      {source && source.kind !== 'none' && <ExportChoices source={source} />}
      <a class="btn" href="/rekap">
        {t.back}
      </a>
    </main>
  );
}

function ExportChoices({ source }: { source: Readable }) {
  const t = useExportT().exp;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { session, pkg } = source;
  const name = (extension: string) => exportFileName(session.eventId, session.jurorId, extension);

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
    const table = readableTable(pkg, source.sheets);
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
                onClick={() => void deliver(() => scoreFileBlob(source), name(SCORE_FILE_EXTENSION), true)}
              >
                {t.shareFile}
              </button>
            )}
            <button
              type="button"
              class={canShareFiles() ? 'btn' : 'btn btn-primary'}
              onClick={() => void deliver(() => scoreFileBlob(source), name(SCORE_FILE_EXTENSION), false)}
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
      {source.kind === 'signed' && <QrSection source={source} />}
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

function QrSection({ source }: { source: Signed }) {
  const t = useExportT().exp;
  const [scope, setScope] = useState<ScoreFileScope>(source.unsentIds.size > 0 ? 'unsent' : 'all');
  const [frames, setFrames] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const count = scope === 'all' ? source.bundles.length : source.unsentIds.size;

  const show = async () => {
    setBusy(true);
    try {
      const { encodeTransfer } = await import('#app/export/transfer-codec.ts');
      setFrames(await encodeTransfer(await buildScoreFile(source, { scope, withSheets: false })));
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

async function scoreFileBlob(source: Signed): Promise<Blob> {
  const file = await buildScoreFile(source, { scope: 'all', withSheets: true });
  return new Blob([scoreFileText(file)], { type: 'application/json' });
}
