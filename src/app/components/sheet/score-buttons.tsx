/**
 * One large button per scale value. A tap on the value already chosen does nothing: no toggle-off,
 * no extra change-log entry. The chosen value is marked by aria-pressed and a tick, not colour alone.
 */

import { useLang } from '#app/i18n/index.ts';
import type { Scale } from '#shared/event.ts';
import { localeTag } from '#shared/locale.ts';
import { scaleValues } from '#shared/scoring.ts';

interface Props {
  scale: Scale;
  value: number | undefined;
  disabled: boolean;
  label: string;
  onScore: (value: number) => void;
}

export function ScoreButtons({ scale, value, disabled, label, onScore }: Props) {
  const lang = useLang();
  return (
    <fieldset class="score-buttons">
      <legend class="visually-hidden">{label}</legend>
      {scaleValues(scale).map((v) => (
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
