/** Dates and times as the console writes them: Indonesian style (16/03/2021 10.40) in the event's zone. */
import type { Lang } from '#app/store/ui-store.ts';
import { localeTag } from '#shared/locale.ts';

const OFFSET_HOURS: Record<string, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };
export const ZONE_LABEL: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "Selasa, 16 Maret 2021 pukul 10.40" style moment for an ISO timestamp, in the browser's zone. */
export function formatMoment(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(localeTag(lang), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatLongDate(iso: string, lang: Lang, timeZone = 'Asia/Jakarta'): string {
  return new Date(iso).toLocaleString(localeTag(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
}

export function formatClock(clock: string): string {
  return clock.replace(':', '.');
}

/** The instant a slot (day + HH:MM in the event's zone) starts, in epoch ms. */
export function slotInstant(day: string, clock: string, timezone: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (
    Date.parse(`${day}T00:00:00Z`) +
    ((h ?? 0) - (OFFSET_HOURS[timezone] ?? 7)) * 3_600_000 +
    (m ?? 0) * 60_000
  );
}

/** "5 menit lalu" / "5 min ago". */
export function formatAgo(iso: string | null, now: number, lang: Lang): string {
  if (!iso) return '—';
  const minutes = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  const rtf = new Intl.RelativeTimeFormat(localeTag(lang), { numeric: 'auto' });
  return minutes < 60 ? rtf.format(-minutes, 'minute') : rtf.format(-Math.round(minutes / 60), 'hour');
}
