/**
 * One line that says how the 0–100 total comes from the taps: the lowest value of a criterion's scale
 * counts 0, the highest 100, and the total is their weighted mean. Without it, "62,22" from scores of
 * 6 and 7 looks like an error.
 */
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { Criterion } from '#shared/event.ts';
import { localeTag } from '#shared/locale.ts';

export function ScaleNote({ criteria }: { criteria: readonly Criterion[] }) {
  const t = useSheetT();
  const lang = useLang();
  const [first] = criteria;
  const shared =
    first !== undefined &&
    criteria.every((c) => c.scale.min === first.scale.min && c.scale.max === first.scale.max);
  const number = (n: number) => n.toLocaleString(localeTag(lang));
  return (
    <p class="scale-note" data-testid="scale-note">
      {shared ? t.sheet.scaleNote(number(first.scale.min), number(first.scale.max)) : t.sheet.scaleNoteMixed}
    </p>
  );
}
