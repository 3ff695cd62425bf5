/**
 * The berita acara's records: the tie-break trail, conflicts of interest, the organizer's changes after
 * the first score, sheet changes with their reasons, and the fingerprint tying the document to its data.
 */
import { DocTable } from '#app/panitia/berita-acara/doc-table.tsx';
import type { ChangeRow, MinutesDocument } from '#shared/berita-acara/model.ts';

const NONE = 'Tidak ada.';

function Changes({ rows, testId }: { rows: readonly ChangeRow[]; testId: string }) {
  if (rows.length === 0) return <p>{NONE}</p>;
  return (
    <DocTable
      testId={testId}
      head={['No.', 'Waktu', 'Perubahan', 'Alasan']}
      cols={['num', 'when', '', '']}
      rows={rows.map((r) => [r.no, r.at, r.change, r.reason])}
    />
  );
}

export function MinutesRecords({ doc, from }: { doc: MinutesDocument; from: number }) {
  const numeral = (i: number) => ROMAN[from + i] ?? String(from + i + 1);
  return (
    <>
      <section class="doc-block">
        <h2>{numeral(0)}. Penentuan Peringkat Sama</h2>
        {doc.tieBreaks.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </section>
      <section class="doc-block">
        <h2>{numeral(1)}. Konflik Kepentingan</h2>
        {doc.conflicts.length === 0 ? (
          <p>Tidak ada konflik kepentingan yang dinyatakan.</p>
        ) : (
          <DocTable
            testId="conflicts"
            head={['No.', 'Juri', 'Peserta', 'Alasan', 'Dinyatakan oleh', 'Dalam perhitungan']}
            cols={['num', '', '', '', '', '']}
            rows={doc.conflicts.map((c) => [c.no, c.juror, c.team, c.reason, c.declaredBy, c.effect])}
          />
        )}
      </section>
      <section class="doc-block">
        <h2>{numeral(2)}. Perubahan Rubrik Setelah Nilai Pertama Masuk</h2>
        <Changes rows={doc.rubricChanges} testId="rubric-changes" />
      </section>
      <section class="doc-block">
        <h2>{numeral(3)}. Perubahan Data Peserta dan Juri Setelah Penilaian Dimulai</h2>
        <Changes rows={doc.eventChanges} testId="event-changes" />
      </section>
      <section class="doc-block">
        <h2>{numeral(4)}. Perubahan Lembar Penilaian yang Disertai Alasan</h2>
        {doc.sheetEdits.length === 0 ? (
          <p>{NONE}</p>
        ) : (
          <DocTable
            testId="sheet-edits"
            head={['No.', 'Waktu', 'Juri', 'Peserta', 'Perubahan', 'Alasan']}
            cols={['num', 'when', '', '', '', '']}
            rows={doc.sheetEdits.map((e) => [e.no, e.at, e.juror, e.team, e.change, e.reason])}
          />
        )}
      </section>
      <section class="doc-block keep">
        <h2>{numeral(5)}. Sidik Data</h2>
        <p>{doc.fingerprint.sentence}</p>
        <p class="fingerprint" data-testid="fingerprint">
          {doc.fingerprint.value}
        </p>
      </section>
    </>
  );
}

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
