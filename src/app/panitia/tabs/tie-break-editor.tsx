/**
 * The declared tie-break rules, edited with the rubric (and locked with it): an ordered list of
 * criterion means and "fewer conflicts", moved with buttons (no dragging on a tablet), and the
 * committee's draw, which can only come last because it orders any tie.
 */
import { useState } from 'preact/hooks';
import { useLang } from '#app/i18n/index.ts';
import { ruleName } from '#app/panitia/results/rule-words.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { Criterion, TieBreakRule } from '#shared/event.ts';
import '#app/styles/tie-break-editor.css';

interface Props {
  rules: readonly TieBreakRule[];
  criteria: readonly Criterion[];
  disabled: boolean;
  onChange: (rules: TieBreakRule[]) => void;
}

const keyOf = (rule: TieBreakRule) =>
  rule.kind === 'criterion' ? `criterion:${rule.criterionId}` : rule.kind;

function ruleOfKey(key: string): TieBreakRule {
  if (key === 'fewer-conflicts') return { kind: 'fewer-conflicts' };
  return { kind: 'criterion', criterionId: key.replace(/^criterion:/, '') };
}

export function TieBreakEditor({ rules, criteria, disabled, onChange }: Props) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  const name = (id: string) => criteria.find((c) => c.id === id)?.name[lang] ?? id;
  const ordered = rules.filter((r) => r.kind !== 'draw');
  const draw = rules.some((r) => r.kind === 'draw');
  const fewer: TieBreakRule = { kind: 'fewer-conflicts' };
  const candidates: TieBreakRule[] = [
    ...criteria.map((c): TieBreakRule => ({ kind: 'criterion', criterionId: c.id })),
    fewer,
  ].filter((rule) => !ordered.some((r) => keyOf(r) === keyOf(rule)));
  const [next, setNext] = useState('');
  const chosen = candidates.find((c) => keyOf(c) === next) ?? candidates[0];
  const emit = (list: TieBreakRule[], withDraw = draw) =>
    onChange(withDraw ? [...list, { kind: 'draw' }] : list);
  const move = (i: number, by: -1 | 1) => {
    const list = [...ordered];
    const [rule] = list.splice(i, 1);
    if (!rule) return;
    list.splice(i + by, 0, rule);
    emit(list);
  };

  return (
    <fieldset class="tie-break-editor" disabled={disabled} data-testid="tie-break-editor">
      <legend>{t.tieBreakTitle}</legend>
      <p class="muted">{t.tieBreakIntro}</p>
      {ordered.length === 0 && !draw && <p>{t.tieBreakEmpty}</p>}
      <ol class="rule-list">
        {ordered.map((rule, i) => {
          const label = ruleName(rule, t, name);
          return (
            <li key={keyOf(rule)}>
              <span>{label}</span>
              <button
                type="button"
                class="btn"
                aria-label={t.ruleUp(label)}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="btn"
                aria-label={t.ruleDown(label)}
                disabled={i === ordered.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                class="btn"
                aria-label={t.ruleRemove(label)}
                onClick={() => emit(ordered.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </li>
          );
        })}
        {draw && <li>{t.ruleDraw}</li>}
      </ol>
      {candidates.length > 0 && (
        <div class="button-row">
          <label class="field">
            <span>{t.ruleToAdd}</span>
            <select value={chosen ? keyOf(chosen) : ''} onChange={(e) => setNext(e.currentTarget.value)}>
              {candidates.map((rule) => (
                <option key={keyOf(rule)} value={keyOf(rule)}>
                  {ruleName(rule, t, name)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="btn"
            onClick={() => {
              if (chosen) emit([...ordered, ruleOfKey(keyOf(chosen))]);
              setNext('');
            }}
          >
            {t.addRule}
          </button>
        </div>
      )}
      <label class="check-field">
        <input type="checkbox" checked={draw} onChange={(e) => emit(ordered, e.currentTarget.checked)} />
        <span>{t.drawLast}</span>
      </label>
    </fieldset>
  );
}
