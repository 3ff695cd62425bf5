/** The berita acara's results: the Top groups (winners first, means also in words) and the full ranking. */
import { DocTable } from '#app/panitia/berita-acara/doc-table.tsx';
import type { MinutesDocument, RankingRow } from '#shared/berita-acara/model.ts';

const LETTERS = 'ABCDEFGH';

export function MinutesResults({ doc }: { doc: MinutesDocument }) {
  const showNo = doc.ranking.some((r) => r.no !== '–');
  const team = (r: RankingRow) => (
    <>
      <strong>{r.title}</strong>
      <br />
      {r.agency}
    </>
  );
  return (
    <>
      {doc.topGroups.map((group, i) => (
        <section key={group.size} class="doc-block" data-testid={`top-${group.size}`}>
          <h3>
            {LETTERS[i]}. {group.heading}
          </h3>
          {group.note && <p class="draft-note">{group.note}</p>}
          <DocTable
            head={['Peringkat', 'Inovasi / perangkat daerah atau unit', 'Nilai rata-rata', 'Terbilang']}
            cols={['num', '', 'num', 'words']}
            rowKeys={group.rows.map((r) => r.teamId)}
            rows={group.rows.map((r) => [r.rank, team(r), r.mean, r.meanWords])}
          />
        </section>
      ))}
      <section class="doc-block">
        <h3>{LETTERS[doc.topGroups.length]}. Peringkat Lengkap</h3>
        <DocTable
          testId="ranking"
          head={[
            'Peringkat',
            ...(showNo ? ['No. peserta'] : []),
            'Inovasi / perangkat daerah atau unit',
            'Nilai rata-rata',
            'Lembar dihitung',
            'Keterangan',
          ]}
          cols={['num', ...(showNo ? ['num'] : []), '', 'num', 'num', '']}
          rowKeys={doc.ranking.map((r) => r.teamId)}
          rows={doc.ranking.map((r) => [
            r.rank,
            ...(showNo ? [r.no] : []),
            team(r),
            r.mean,
            r.counted,
            r.remark,
          ])}
        />
        {doc.rankingNotes.length > 0 && (
          <ul class="doc-notes">
            {doc.rankingNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
