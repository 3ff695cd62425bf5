/**
 * How each exact tie was settled: the declared rules, then for every tie each rule applied in order
 * with the values it compared and the order it left. Where the rules end in the committee's draw, the
 * recorded decision (who, when, why) — or, until there is one, that the teams share a rank and a
 * button to record the draw.
 */
import { useState } from 'preact/hooks';
import { useLang } from '#app/i18n/index.ts';
import { formatMoment } from '#app/panitia/format.ts';
import { DrawForm } from '#app/panitia/results/draw-form.tsx';
import { formatPoints, type ResultsNames } from '#app/panitia/results/results-names.ts';
import { ruleName } from '#app/panitia/results/rule-words.ts';
import type { ResultsSnapshot } from '#app/panitia/results/use-results.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { TieBreakStep } from '#shared/results/results-schema.ts';

interface Props {
  snapshot: ResultsSnapshot;
  names: ResultsNames;
  onRecorded: (snapshot: ResultsSnapshot) => void;
}

/**
 * The trail is depth first: a tie's first step names all its teams, the steps after it name subsets
 * of them until the next tie begins. Grouped so each tie reads as one story.
 */
function groupByTie(trail: readonly TieBreakStep[]): TieBreakStep[][] {
  const ties: TieBreakStep[][] = [];
  for (const step of trail) {
    const current = ties.at(-1);
    const first = current?.[0];
    if (current && first && step.teamIds.every((id) => first.teamIds.includes(id))) current.push(step);
    else ties.push([step]);
  }
  return ties;
}

const stepKey = (step: TieBreakStep) =>
  `${step.teamIds.join()}|${step.rule.kind === 'criterion' ? step.rule.criterionId : step.rule.kind}`;

export function TieTrail({ snapshot, names, onRecorded }: Props) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  const [drawing, setDrawing] = useState<readonly string[] | null>(null);
  const { results } = snapshot;
  const rules = results.method.tieBreak;
  const criterion = (id: string) => names.criterion(id);
  const mean = (teamId: string | undefined) => results.teams.find((x) => x.teamId === teamId)?.mean ?? null;
  const shown = (step: TieBreakStep, value: number | null) =>
    value === null ? '–' : step.rule.kind === 'criterion' ? formatPoints(value, lang) : String(value);
  const values = (step: TieBreakStep) => {
    const distinct = new Set(step.values.map((v) => v.value));
    const [only] = distinct;
    if (distinct.size === 1 && only !== undefined) return t.allEqual(shown(step, only));
    return step.values.map((v) => `${names.team(v.teamId)} ${shown(step, v.value)}`).join('; ');
  };
  const outcome = (step: TieBreakStep) =>
    step.groups.length === 1
      ? t.stillLevel
      : step.groups.map((g) => g.map(names.team).join(' = ')).join(' > ');
  const rulesText = rules.length
    ? rules.map((r, i) => `${i + 1}) ${ruleName(r, t, criterion)}`).join('; ')
    : t.noRules;

  return (
    <section class="card" data-testid="tie-trail">
      <h2>{t.tiesTitle}</h2>
      <p>{t.rulesDeclared(rulesText)}</p>
      {results.tieBreaks.length === 0 && results.unresolvedTies.length === 0 && <p>{t.tiesNone}</p>}
      <ul class="ties">
        {groupByTie(results.tieBreaks).map((steps) => {
          const first = steps[0];
          if (!first) return null;
          return (
            <li key={stepKey(first)}>
              <strong>
                {t.tieGroup(
                  formatPoints(mean(first.teamIds[0]), lang),
                  first.teamIds.map(names.team).join(', '),
                )}
              </strong>
              <ol class="tie-steps">
                {steps.map((step) => (
                  <li key={stepKey(step)} data-rule={step.rule.kind}>
                    {t.stepLine(ruleName(step.rule, t, criterion), values(step), outcome(step))}
                    {step.rule.kind === 'draw' && (
                      <p class={step.draw ? 'draw-record' : 'draw-record pending'}>
                        {step.draw
                          ? t.drawRecorded(
                              step.draw.decidedBy,
                              formatMoment(step.draw.at, lang),
                              step.draw.reason,
                            )
                          : `⚠ ${t.drawPending}`}{' '}
                        <button type="button" class="btn" onClick={() => setDrawing(step.teamIds)}>
                          {step.draw ? t.correctDraw : t.recordDraw}
                        </button>
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
      {drawing && (
        <DrawForm
          eventId={snapshot.eventId}
          teamIds={drawing}
          provisional={results.provisional}
          names={names}
          onCancel={() => setDrawing(null)}
          onRecorded={(next) => {
            setDrawing(null);
            onRecorded(next);
          }}
        />
      )}
    </section>
  );
}
