import type { Lang } from '#app/store/ui-store.ts';
import { localeTag } from '#shared/locale.ts';

/** "Selasa, 16 Maret 2021" for an ISO date; formatted in UTC because the date carries no time of day. */
export function formatDay(day: string, lang: Lang): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(localeTag(lang), {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
