/**
 * The console's side of the berita acara settings: what the form sends (empty fields left out, not
 * sent as empty strings the schema refuses) and the per-document page CSS (text escaped).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formFromSettings, settingsFromForm } from '#app/panitia/berita-acara/form-values.ts';
import { cssString } from '#app/panitia/berita-acara/page-style.ts';
import { defaultMinutesSettings, MinutesSettingsSchema } from '#shared/berita-acara/settings.ts';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import { DEMO_MINUTES } from '#shared/demo/kipp-malang-2021-minutes.ts';

const JURORS = DEMO_EVENT.jurors.map((j) => j.id);

describe('the settings form', () => {
  it('gives back the demo settings it was filled with (the NIP shown grouped, sent as digits)', () => {
    const form = formFromSettings(DEMO_MINUTES);
    expect(form.signers.j4?.nip).toBe('19680514 199403 1 007');
    expect(form.lines).toBe('Pemerintah Kota Malang\nSekretariat Daerah\nBagian Organisasi');
    expect(v.parse(MinutesSettingsSchema, settingsFromForm(form, JURORS))).toEqual(DEMO_MINUTES);
  });

  it('leaves out what is empty: no number, no decree, no Mengetahui, no signer without details', () => {
    const form = {
      ...formFromSettings(defaultMinutesSettings(DEMO_EVENT)),
      lines: 'Pemerintah Kota Malang\n\n  \nSekretariat Daerah',
      signers: { j2: { nip: '', rank: '  ' }, j3: { nip: '', rank: 'Penata (III/c)' } },
    };
    const body = settingsFromForm(form, JURORS);
    expect(body.letterhead.lines).toEqual(['Pemerintah Kota Malang', 'Sekretariat Daerah']);
    expect(body.number).toBeUndefined();
    expect(body.decree).toBeUndefined();
    expect(body.acknowledgedBy).toBeUndefined();
    expect(body.copies).toBeUndefined();
    expect(body.signers).toEqual([{ jurorId: 'j3', nip: undefined, rank: 'Penata (III/c)' }]);
    expect(v.safeParse(MinutesSettingsSchema, body).success).toBe(true);
  });

  it('sends a half-filled Mengetahui so the server names the missing field', () => {
    const form = { ...formFromSettings(DEMO_MINUTES), ackName: '' };
    const result = v.safeParse(MinutesSettingsSchema, settingsFromForm(form, JURORS));
    expect(result.success).toBe(false);
    expect(v.getDotPath(result.issues?.[0] ?? never())).toBe('acknowledgedBy.name');
  });
});

describe('the page CSS', () => {
  it('escapes the document text it carries into @page content', () => {
    expect(cssString('Nomor "12"\\A\nlanjut')).toBe('"Nomor \\"12\\"\\\\A lanjut"');
  });
});

function never(): never {
  throw new Error('expected an issue');
}
