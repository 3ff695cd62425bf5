/**
 * What the organizer sets for the official minutes (berita acara) and nothing else needs: the
 * committee's letterhead, the document number, the decree forming the panel, where and when it is
 * signed, and the signers. Kept beside the event rather than in its package: tablets never need it,
 * and editing a signer's NIP must not publish a new package version to every tablet.
 */
import * as v from 'valibot';
import { isCalendarDate, romanMonth } from '#shared/berita-acara/dates.ts';
import { NipSchema } from '#shared/berita-acara/nip.ts';
import type { EventPackage } from '#shared/event.ts';
import { IdSchema } from '#shared/ids.ts';
import { organizerText } from '#shared/text-schema.ts';

const Text = organizerText;
const CalendarDate = v.pipe(
  v.string(),
  v.isoDate('harus tanggal YYYY-MM-DD'),
  v.check(isCalendarDate, 'tanggal tidak ada di kalender'),
);

/** A juror's civil-service details for the signature lines; their name and jabatan come from the panel. */
export const JurorSignerSchema = v.object({
  jurorId: IdSchema,
  nip: v.optional(NipSchema),
  /** Pangkat/golongan, e.g. "Pembina Tingkat I (IV/b)". */
  rank: v.optional(Text(80)),
});

/** The official who signs "Mengetahui,". */
export const AcknowledgerSchema = v.object({
  /** Jabatan, e.g. "Kepala Bagian Organisasi Sekretariat Daerah Kota Malang". */
  position: Text(200),
  name: Text(120),
  rank: v.optional(Text(80)),
  nip: v.optional(NipSchema),
});

export const MinutesSettingsSchema = v.pipe(
  v.object({
    letterhead: v.object({
      /** PEMERINTAH KOTA MALANG, SEKRETARIAT DAERAH, …: at most four lines, printed in capitals. */
      lines: v.pipe(
        v.array(Text(120)),
        v.minLength(1, 'minimal satu baris kop'),
        v.maxLength(4, 'kop paling banyak 4 baris'),
      ),
      address: v.optional(Text(200)),
      /** Telephone and fax. */
      phone: v.optional(Text(120)),
      /** Website and e-mail. */
      web: v.optional(Text(200)),
    }),
    /** What was judged, after "Berita Acara Penilaian": "Kompetisi Inovasi Pelayanan Publik …". */
    subject: Text(200),
    /** The letter number; {tahun} and {bulan} (Roman) are filled from the signing date. */
    number: v.optional(Text(120)),
    /** The decree (SK) that formed the panel, as cited in the opening. */
    decree: v.optional(Text(500)),
    signing: v.object({ place: Text(80), date: CalendarDate }),
    /** The juror who chairs the panel (Ketua); the others sign as Anggota. */
    chairJurorId: v.optional(IdSchema),
    signers: v.pipe(v.array(JurorSignerSchema), v.maxLength(50)),
    acknowledgedBy: v.optional(AcknowledgerSchema),
    /** Signers' names in capitals (titles and degrees keep their spelling). */
    namesInCapitals: v.boolean(),
    /** Number of copies (rangkap) named in the closing. */
    copies: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'minimal 1'), v.maxValue(20))),
  }),
  v.forward(
    v.check(
      (s) => new Set(s.signers.map((x) => x.jurorId)).size === s.signers.length,
      'setiap juri hanya sekali',
    ),
    ['signers'],
  ),
);

export type MinutesSettings = v.InferOutput<typeof MinutesSettingsSchema>;
export type MinutesSettingsInput = v.InferInput<typeof MinutesSettingsSchema>;
export type JurorSigner = v.InferOutput<typeof JurorSignerSchema>;

/** Settings naming a juror the event does not have are refused with this message; null when they fit. */
export function settingsProblem(settings: MinutesSettings, pkg: EventPackage): string | null {
  const jurors = new Set(pkg.jurors.map((j) => j.id));
  if (settings.chairJurorId !== undefined && !jurors.has(settings.chairJurorId))
    return `chairJurorId: juri ${settings.chairJurorId} tidak ada di acara ini`;
  const stranger = settings.signers.find((s) => !jurors.has(s.jurorId));
  return stranger ? `signers: juri ${stranger.jurorId} tidak ada di acara ini` : null;
}

/** What an event starts with before the organizer saves anything: taken from the event itself. */
export function defaultMinutesSettings(pkg: EventPackage): MinutesSettings {
  const { organiser, venue, name, days } = pkg.event;
  const city = venue.split(',').at(-1)?.trim() || venue;
  return {
    letterhead: { lines: [organiser.toLocaleUpperCase('id-ID')] },
    subject: name,
    signing: { place: city, date: [...days].sort().at(-1) ?? days[0] ?? '2000-01-01' },
    signers: [],
    namesInCapitals: false,
  };
}

/** The number as printed: "188.4/…/35.73.112/{tahun}" signed on 2021-03-17 → "188.4/…/35.73.112/2021". */
export function fillNumber(template: string, signingDate: string): string {
  return template
    .replaceAll('{tahun}', signingDate.slice(0, 4))
    .replaceAll('{bulan}', romanMonth(signingDate));
}
