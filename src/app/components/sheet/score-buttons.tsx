/**
 * One large button per scale value. A tap on the value already chosen does nothing: no toggle-off,
 * no extra change-log entry (clearing is its own, deliberate control). The chosen value is marked by
 * aria-pressed and an underline, not colour alone.
 */

import { useLang } from '#app/i18n/index.ts';
import { localeTag } from '#shared/locale.ts';

interface Props {
  values: readonly number[];
  value: number | undefined;
  disabled: boolean;
  label: string;
  onScore: (value: number) => void;
}

export function ScoreButtons({ values, value, disabled, label, onScore }: Props) {
  const lang = useLang();
  return (
    <fieldset class="score-buttons">
      <legend class="visually-hidden">{label}</legend>
      {values.map((v) => (
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
          {v.toLocaleString(localeTag(lang))}
        </button>
      ))}
    </fieldset>
  );
}
