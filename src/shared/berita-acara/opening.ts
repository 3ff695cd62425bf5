/**
 * The framing text of the berita acara: title and number, the opening "Pada hari ini …" with the day,
 * date and year in words, the closing "Demikian …", and the place and date above the signatures.
 */
import type { MinutesContext } from '#shared/berita-acara/context.ts';
import { dateInWords, daysPhrase, longDate } from '#shared/berita-acara/dates.ts';
import { fillNumber } from '#shared/berita-acara/settings.ts';
import { terbilang } from '#shared/berita-acara/terbilang.ts';

/** What is printed where the organizer has not set the number yet: room to write it by hand. */
export const BLANK_NUMBER = '……………………………………';

export function title({ settings }: MinutesContext): string {
  return `BERITA ACARA PENILAIAN ${settings.subject.toLocaleUpperCase('id-ID')}`;
}

export function number({ settings }: MinutesContext): string {
  return settings.number ? fillNumber(settings.number, settings.signing.date) : BLANK_NUMBER;
}

export function opening({ settings, pkg }: MinutesContext): string {
  const day = dateInWords(settings.signing.date);
  const teams = pkg.teams.filter((t) => !t.withdrawn).length;
  const decree = settings.decree ? ` yang dibentuk berdasarkan ${settings.decree}` : '';
  return (
    `Pada hari ini ${day.weekday} tanggal ${day.day} bulan ${day.month} tahun ${day.year} ` +
    `(${day.figures}), bertempat di ${pkg.event.venue}, kami yang bertanda tangan di bawah ini, ` +
    `Tim Penilai ${settings.subject}${decree}, telah melaksanakan penilaian presentasi dan wawancara ` +
    `terhadap ${teams} (${terbilang(teams)}) inovasi peserta pada tanggal ${daysPhrase(pkg.event.days)}, ` +
    'dengan hasil sebagaimana diuraikan dalam berita acara ini.'
  );
}

export function closing({ settings }: MinutesContext): string {
  const copies = settings.copies ? ` dalam rangkap ${settings.copies} (${terbilang(settings.copies)})` : '';
  return `Demikian berita acara ini dibuat${copies} dengan sebenarnya untuk dipergunakan sebagaimana mestinya.`;
}

export function placeAndDate({ settings }: MinutesContext): string {
  return `${settings.signing.place}, ${longDate(settings.signing.date)}`;
}
