/**
 * The signers in the berita acara settings: the chair, each juror's NIP and rank beside their name as
 * stored (names and positions are edited with the panel, not here), and the "Mengetahui" official.
 */
import type { MinutesForm } from '#app/panitia/berita-acara/form-values.ts';
import { useMinutesT } from '#app/panitia/berita-acara/use-minutes-t.ts';
import type { EventPackage } from '#shared/event.ts';

interface Props {
  pkg: EventPackage;
  form: MinutesForm;
  set: (patch: Partial<MinutesForm>) => void;
}

export function SignerFields({ pkg, form, set }: Props) {
  const t = useMinutesT();
  const signer = (jurorId: string) => form.signers[jurorId] ?? { nip: '', rank: '' };
  const setSigner = (jurorId: string, patch: Partial<{ nip: string; rank: string }>) =>
    set({ signers: { ...form.signers, [jurorId]: { ...signer(jurorId), ...patch } } });
  const ack = (key: 'ackPosition' | 'ackName' | 'ackRank' | 'ackNip', label: string, wide: boolean) => (
    <label class={wide ? 'field wide' : 'field'}>
      <span>{label}</span>
      <input
        name={`minutes-${key}`}
        value={form[key]}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <>
      <label class="field wide">
        <span>{t.minutes.chair}</span>
        <select
          name="minutes-chair"
          value={form.chairJurorId}
          onChange={(e) => set({ chairJurorId: e.currentTarget.value })}
        >
          <option value="">{t.minutes.noChair}</option>
          {pkg.jurors.map((j) => (
            <option key={j.id} value={j.id}>
              {j.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="field wide signer-fields">
        <legend>{t.minutes.signersTitle}</legend>
        <table class="console-table">
          <thead>
            <tr>
              <th scope="col">{t.minutes.jurorName}</th>
              <th scope="col">{t.minutes.nip}</th>
              <th scope="col">{t.minutes.rank}</th>
            </tr>
          </thead>
          <tbody>
            {pkg.jurors.map((j) => (
              <tr key={j.id} data-juror-id={j.id}>
                <th scope="row">{j.name}</th>
                <td>
                  <input
                    name="minutes-nip"
                    aria-label={`${t.minutes.nip}: ${j.name}`}
                    inputMode="numeric"
                    value={signer(j.id).nip}
                    onInput={(e) => setSigner(j.id, { nip: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    name="minutes-rank"
                    aria-label={`${t.minutes.rank}: ${j.name}`}
                    value={signer(j.id).rank}
                    onInput={(e) => setSigner(j.id, { rank: e.currentTarget.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset class="field wide grid-form">
        <legend>{t.minutes.acknowledgedTitle}</legend>
        <p class="muted wide">{t.minutes.acknowledgedHint}</p>
        {ack('ackPosition', t.minutes.position, true)}
        {ack('ackName', t.minutes.name, true)}
        {ack('ackRank', t.minutes.rank, false)}
        {ack('ackNip', t.minutes.nip, false)}
      </fieldset>
    </>
  );
}
