/**
 * "Berkas nilai": the organizer imports tablets' score files — dropped, chosen, or scanned from a
 * tablet's QR codes — one request per file, one after the other, each reported on its own line.
 */
import { useRef, useState } from 'preact/hooks';
import { lazy } from 'preact-iso';
import { usePanitia } from '#app/panitia/panitia-context.ts';
import { importScoreFile } from '#app/panitia/score-files/import-score-file.ts';
import { ReportList, type ReportRow } from '#app/panitia/score-files/report-list.tsx';
import type { TabProps } from '#app/panitia/screens/event-screen.tsx';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';

// The camera, the frame collector and the decompression load only when the organizer scans.
const TransferScanner = lazy(() =>
  import('#app/panitia/score-files/transfer-scanner.tsx').then((m) => m.TransferScanner),
);

export function ScoreFilesTab({ detail }: TabProps) {
  const t = usePanitiaT().panitia;
  const { client, onFailure } = usePanitia();
  const eventId = detail.package.event.id;
  const [rows, setRows] = useState<ReportRow[]>([]);
  const [scanning, setScanning] = useState(false);
  const [dragging, setDragging] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const nextKey = useRef(0);

  const importOne = (fileName: string, body: Blob) => {
    const key = nextKey.current++;
    setRows((current) => [{ key, fileName, result: null }, ...current]);
    // One at a time: two files of the same tablet must reach the server in the order they were given.
    queue.current = queue.current.then(async () => {
      const result = await importScoreFile(client, eventId, fileName, body);
      if (!result.ok) onFailure(result.failure);
      setRows((current) => current.map((row) => (row.key === key ? { ...row, result } : row)));
    });
  };
  const importFiles = (files: FileList | null | undefined) => {
    for (const file of Array.from(files ?? [])) importOne(file.name, file);
  };

  return (
    <section class="card score-files">
      <h2>{t.scoreFilesTitle}</h2>
      <p class="muted">{t.scoreFilesIntro}</p>
      <fieldset
        class={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        data-testid="score-file-drop"
        // Dropping is a shortcut: the file picker inside does the same with a keyboard.
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          importFiles(e.dataTransfer?.files);
        }}
      >
        <legend>{t.dropHere}</legend>
        <div class="button-row">
          <label class="btn btn-primary file-button">
            {t.chooseScoreFiles}
            <input
              type="file"
              multiple
              accept=".juri,application/json"
              data-testid="score-file-input"
              onChange={(e) => {
                importFiles(e.currentTarget.files);
                e.currentTarget.value = '';
              }}
            />
          </label>
          {!scanning && (
            <button type="button" class="btn" onClick={() => setScanning(true)}>
              {t.scanQr}
            </button>
          )}
        </div>
      </fieldset>
      {scanning && (
        <TransferScanner
          onClose={() => setScanning(false)}
          onFile={(text, transferId) => {
            setScanning(false);
            importOne(t.qrFileName(transferId), new Blob([text], { type: 'application/json' }));
          }}
        />
      )}
      <ReportList rows={rows} pkg={detail.package} />
    </section>
  );
}
