/** A row of buttons for a scale a row can hold (1–10); the two-step compact picker for a longer one (0–100). */
import { CompactScorePicker } from '#app/components/sheet/compact-score-picker.tsx';
import { MAX_BUTTONS_IN_A_ROW } from '#app/components/sheet/scale-groups.ts';
import { ScoreButtons } from '#app/components/sheet/score-buttons.tsx';
import type { Scale } from '#shared/event.ts';
import { scaleValues } from '#shared/scoring.ts';

interface Props {
  scale: Scale;
  value: number | undefined;
  disabled: boolean;
  label: string;
  onScore: (value: number) => void;
}

export function ScoreControl(props: Props) {
  const values = scaleValues(props.scale);
  return values.length > MAX_BUTTONS_IN_A_ROW ? (
    <CompactScorePicker {...props} values={values} />
  ) : (
    <ScoreButtons {...props} values={values} />
  );
}
