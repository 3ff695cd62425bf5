import type { Lang } from '#app/store/ui-store.ts';
import { localeTag } from '#shared/locale.ts';

const MB = 1024 * 1024;

/** "12,3 MB" (id) / "12.3 MB" (en); one decimal so small databases do not read as "0 MB". */
export function formatMegabytes(bytes: number, lang: Lang): string {
  const number = new Intl.NumberFormat(localeTag(lang), {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  return `${number.format(bytes / MB)} MB`;
}
