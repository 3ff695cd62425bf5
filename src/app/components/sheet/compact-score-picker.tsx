/**
 * A long scale (0–100) in two rows of large targets: first the range ("80–89"), then the value in it.
 * Choosing a range saves nothing; only the value does, so the change log holds what the juror meant,
 * not a stop on the way. Both rows are always there (the second says what to do until a range is
 * chosen), so nothing below moves while the juror picks.
 */
import { useState } from 'preact/hooks';
import { groupScaleValues } from '#app/components/sheet/scale-groups.ts';
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import { localeTag } from '#shared/locale.ts';

interface Props {
  values: readonly number[];
  value: number | undefined;
  disabled: boolean;
  label: string;
  onScore: (value: number) => void;
}

export function CompactScorePicker({ values, value, disabled, label, onScore }: Props) {
  const t = useSheetT();
  const lang = useLang();
  const groups = groupScaleValues(values);
  const groupOf = (v: number | undefined) => (v === undefined ? -1 : groups.findIndex((g) => g.includes(v)));
  // The range the juror picked, and the value it was picked beside. A value read back from storage
  // (this tap, another tab, a reload) opens its own range; a range picked after it wins until the
  // value changes again. Derived in render, so a late effect can never undo the juror's tap.
  const [choice, setChoice] = useState<{ group: number; beside: number | undefined }>(() => ({
    group: groupOf(value),
    beside: value,
  }));
  const open = choice.beside === value || value === undefined ? choice.group : groupOf(value);
  const format = (v: number) => v.toLocaleString(localeTag(lang));
  const rangeLabel = (group: readonly number[]) => {
    const first = group[0] ?? 0;
    const last = group.at(-1) ?? first;
    return first === last ? format(first) : `${format(first)}–${format(last)}`;
  };
  const chosen = groups[open];

  return (
    <div class="score-compact">
      <fieldset class="score-range-row">
        <legend class="visually-hidden">{`${label}: ${t.sheet.rangeLabel}`}</legend>
        {groups.map((group, i) => (
          <button
            key={rangeLabel(group)}
            type="button"
            class="score-btn score-range"
            aria-pressed={i === open}
            data-score-range={rangeLabel(group)}
            disabled={disabled}
            onClick={() => setChoice({ group: i, beside: value })}
          >
            {rangeLabel(group)}
          </button>
        ))}
      </fieldset>
      <fieldset class="score-value-row">
        <legend class="visually-hidden">{`${label}: ${t.sheet.valueLabel}`}</legend>
        {chosen ? (
          chosen.map((v) => (
            <button
              key={v}
              type="button"
              class="score-btn"
              aria-pressed={v === value}
              data-score-value={String(v)}
              disabled={disabled}
              onClick={() => {
                if (v !== value) onScore(v);
              }}
            >
              {format(v)}
            </button>
          ))
        ) : (
          <p class="score-range-hint">{t.sheet.pickRangeFirst}</p>
        )}
      </fieldset>
    </div>
  );
}
