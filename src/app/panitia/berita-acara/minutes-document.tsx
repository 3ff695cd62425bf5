/**
 * The berita acara laid out: kop (first page only: it is the top of the flow), the DRAF banner while
 * it may not be signed, title and number, the opening, the panel, the method, the results, the
 * records and the fingerprint, the closing and the signatures. Every word comes from the shared model.
 */
import { DocTable } from '#app/panitia/berita-acara/doc-table.tsx';
import { MinutesRecords, ROMAN } from '#app/panitia/berita-acara/minutes-records.tsx';
import { MinutesResults } from '#app/panitia/berita-acara/minutes-results.tsx';
import { MinutesSignatures } from '#app/panitia/berita-acara/minutes-signatures.tsx';
import type { MinutesDocument } from '#shared/berita-acara/model.ts';

export function MinutesDocumentView({ doc }: { doc: MinutesDocument }) {
  return (
    <>
      {!doc.final && (
        <div class="draft-watermark" aria-hidden="true">
          DRAF SEMENTARA
        </div>
      )}
      <article class="minutes-doc" data-final={String(doc.final)} lang="id">
        <header class="kop">
          {doc.letterhead.lines.map((line) => (
            <p key={line} class="kop-line">
              {line}
            </p>
          ))}
          {doc.letterhead.details.length > 0 && (
            <p class="kop-details">{doc.letterhead.details.join(' · ')}</p>
          )}
        </header>
        {!doc.final && <DraftBanner doc={doc} />}
        <h1 class="doc-title">{doc.title}</h1>
        <p class="doc-number">Nomor: {doc.number}</p>
        <p class="opening">{doc.opening}</p>
        <section class="doc-block">
          <h2>{ROMAN[0]}. Tim Penilai</h2>
          <DocTable
            testId="jurors"
            head={['No.', 'Nama', 'NIP', 'Pangkat / golongan', 'Jabatan / unsur', 'Kedudukan']}
            cols={['num', '', 'nip', '', '', '']}
            rows={doc.jurors.map((j) => [j.no, j.name, j.nip, j.rank, j.position, j.role])}
          />
        </section>
        <section class="doc-block">
          <h2>{ROMAN[1]}. Metode Penilaian</h2>
          <DocTable
            head={['No.', 'Kriteria', 'Bobot', 'Skala nilai']}
            cols={['num', '', 'num', 'num']}
            rows={doc.criteria.map((c) => [c.no, c.name, c.weight, c.scale])}
          />
          <ol class="method">
            {doc.method.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
        <section class="doc-block">
          <h2>{ROMAN[2]}. Hasil Penilaian</h2>
          <MinutesResults doc={doc} />
        </section>
        <MinutesRecords doc={doc} from={3} />
        <MinutesSignatures doc={doc} />
      </article>
    </>
  );
}

function DraftBanner({ doc }: { doc: MinutesDocument }) {
  return (
    <section class="draft-banner" role="note" data-testid="draft-banner">
      <p class="draft-mark">DRAF — PERINGKAT SEMENTARA</p>
      {doc.draftReasons.map((r) => (
        <p key={r}>{r}</p>
      ))}
      {doc.missing.length > 0 && (
        <>
          <p>Lembar wajib yang belum final:</p>
          <ul>
            {doc.missing.map((m) => (
              <li key={m.juror}>
                <strong>{m.juror}:</strong> {m.items.join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
