/**
 * The two UI languages and the locale each formats numbers and dates with. Indonesian uses a decimal
 * comma and day-month-year; English uses the British forms, closest to what Indonesian readers expect.
 */
export type Lang = 'id' | 'en';

const LOCALE_TAGS: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** The BCP 47 tag for Intl and toLocaleString: 'id-ID' or 'en-GB'. */
export function localeTag(lang: Lang): string {
  return LOCALE_TAGS[lang];
}
