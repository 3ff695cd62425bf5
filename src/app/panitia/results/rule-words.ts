/** A declared tie-break rule in the reader's language ("rata-rata kriteria Efektif lebih tinggi"). */
import type { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { TieBreakRule } from '#shared/event.ts';

type Words = ReturnType<typeof usePanitiaT>['panitia']['results'];

export function ruleName(rule: TieBreakRule, t: Words, criterion: (id: string) => string): string {
  if (rule.kind === 'criterion') return t.ruleCriterion(criterion(rule.criterionId));
  return rule.kind === 'fewer-conflicts' ? t.ruleFewerConflicts : t.ruleDraw;
}
