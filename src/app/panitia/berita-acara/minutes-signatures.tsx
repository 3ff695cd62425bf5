/**
 * The closing of the berita acara, kept on one page: "Demikian …", place and date, the panel's numbered
 * signature lines (Ketua first, then Anggota, alternating left and right as on paper) and the
 * "Mengetahui" official's block.
 */
import type { MinutesDocument } from '#shared/berita-acara/model.ts';

export function MinutesSignatures({ doc }: { doc: MinutesDocument }) {
  const ack = doc.acknowledgedBy;
  return (
    <section class="signatures" data-testid="signatures">
      <p class="closing">{doc.closing}</p>
      <p class="place-date">{doc.placeAndDate}</p>
      <p class="sign-heading">TIM PENILAI</p>
      <table class="sign-table">
        <tbody>
          {doc.signers.map((s) => (
            <tr key={s.no}>
              <td class="num">{s.no}.</td>
              <td class="sign-name">
                <strong>{s.name}</strong>
                {s.rank && <span>{s.rank}</span>}
                {s.nip && <span>NIP {s.nip}</span>}
              </td>
              <td>{s.role}</td>
              <td class={s.no % 2 === 1 ? 'sign-line left' : 'sign-line right'}>{s.no}. ………………………</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ack && (
        <div class="acknowledged">
          <p>Mengetahui,</p>
          <p>{ack.position}</p>
          <p class="sign-space" />
          <p class="ack-name">{ack.name}</p>
          {ack.rank && <p>{ack.rank}</p>}
          {ack.nip && <p>NIP {ack.nip}</p>}
        </div>
      )}
    </section>
  );
}
