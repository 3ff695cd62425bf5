/**
 * The declared tie-break rules in Indonesian words, as the audit trail and `npm run results` write
 * them (the console has its own bilingual dictionary). One wording, so the minutes and the terminal
 * say the same thing.
 */
import type { Rubric, TieBreakRule } from '#shared/event.ts';

/** "rata-rata kriteria Efektif lebih tinggi", "konflik kepentingan lebih sedikit", "undian panitia". */
export function describeRule(rule: TieBreakRule, rubric?: Rubric): string {
  if (rule.kind === 'fewer-conflicts') return 'konflik kepentingan lebih sedikit';
  if (rule.kind === 'draw') return 'undian panitia';
  const name = rubric?.criteria.find((c) => c.id === rule.criterionId)?.name.id ?? rule.criterionId;
  return `rata-rata kriteria ${name} lebih tinggi`;
}

/** "1) rata-rata kriteria Efektif lebih tinggi; 2) undian panitia", or "tidak ada". */
export function describeRules(rules: readonly TieBreakRule[], rubric?: Rubric): string {
  if (rules.length === 0) return 'tidak ada';
  return rules.map((rule, i) => `${i + 1}) ${describeRule(rule, rubric)}`).join('; ');
}

/** Whether two lists declare the same rules in the same order. */
export function sameRules(a: readonly TieBreakRule[], b: readonly TieBreakRule[]): boolean {
  const key = (rule: TieBreakRule | undefined) =>
    rule?.kind === 'criterion' ? `criterion:${rule.criterionId}` : rule?.kind;
  return a.length === b.length && a.every((rule, i) => key(rule) === key(b[i]));
}
