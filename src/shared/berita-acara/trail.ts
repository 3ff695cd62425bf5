/**
 * The tie-break trail in sentences: for each application of a declared rule, which teams were level,
 * the rule (numbered as the method lists it), the values it compared and the order it left. A draw
 * cites the committee's record, or says it has not been held.
 */
import type { MinutesContext } from '#shared/berita-acara/context.ts';
import { listPhrase } from '#shared/berita-acara/dates.ts';
import { ruleText } from '#shared/berita-acara/method.ts';
import { formatHundredths } from '#shared/berita-acara/numbers.ts';
import { meanOf } from '#shared/berita-acara/ranking.ts';
import type { TieBreakRule } from '#shared/event.ts';
import type { TieBreakStep } from '#shared/results/results-schema.ts';

const exact = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

export function trailSentences(ctx: MinutesContext): string[] {
  const rules = ctx.results.method.tieBreak;
  if (ctx.results.tieBreaks.length === 0)
    return [
      'Tidak ada peserta dengan nilai rata-rata yang persis sama; aturan penentuan peringkat sama tidak diterapkan.',
    ];
  return ctx.results.tieBreaks.map((step) => {
    const at = rules.findIndex((rule) => sameRule(rule, step.rule));
    const names = listPhrase(step.teamIds.map(ctx.teamTitle));
    const first = ctx.teamResult(step.teamIds[0] ?? '');
    const mean = first ? meanOf(ctx, first) : null;
    const level =
      at === 0
        ? `Nilai rata-rata ${names} sama, yaitu ${mean === null ? '–' : formatHundredths(mean)}.`
        : `${names} masih sama setelah aturan ${at}.`;
    return `${level} Aturan ${at + 1} (${ruleText(ctx, step.rule)}): ${valuesText(ctx, step)}. Urutan: ${groupsText(ctx, step.groups)}.`;
  });
}

function valuesText(ctx: MinutesContext, step: TieBreakStep): string {
  if (step.rule.kind === 'draw') {
    if (!step.draw) return 'undian belum dilakukan, sehingga peserta tersebut berbagi peringkat';
    const drawn = step.values.map((v) => `${ctx.teamTitle(v.teamId)} urutan ${v.value ?? '–'}`);
    return `${step.draw.reason}, diputuskan oleh ${step.draw.decidedBy}; ${drawn.join(', ')}`;
  }
  const unit = step.rule.kind === 'fewer-conflicts' ? ' konflik' : '';
  return step.values
    .map((v) => `${ctx.teamTitle(v.teamId)} ${v.value === null ? '–' : exact.format(v.value)}${unit}`)
    .join('; ');
}

function groupsText(ctx: MinutesContext, groups: readonly (readonly string[])[]): string {
  return groups
    .map((g) =>
      g.length > 1 ? `${listPhrase(g.map(ctx.teamTitle))} (masih sama)` : ctx.teamTitle(g[0] ?? ''),
    )
    .join(', lalu ');
}

function sameRule(a: TieBreakRule, b: TieBreakRule): boolean {
  if (a.kind === 'criterion' && b.kind === 'criterion') return a.criterionId === b.criterionId;
  return a.kind === b.kind;
}
