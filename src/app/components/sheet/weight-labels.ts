/**
 * "bobot 30 %" beside a criterion's name, from the shared weight maths. Equal weights say nothing a
 * juror needs, so then there are no labels at all.
 */
import type { Lang } from '#app/store/ui-store.ts';
import type { Criterion } from '#shared/event.ts';
import { localeTag } from '#shared/locale.ts';
import { criterionShares } from '#shared/scoring.ts';

export function weightLabels(criteria: readonly Criterion[], lang: Lang): Map<string, string> {
  if (new Set(criteria.map((c) => c.weight)).size <= 1) return new Map();
  const format = new Intl.NumberFormat(localeTag(lang), { maximumFractionDigits: 1 });
  return new Map([...criterionShares(criteria)].map(([id, share]) => [id, `${format.format(share * 100)}%`]));
}
