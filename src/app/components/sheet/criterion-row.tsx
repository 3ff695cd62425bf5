/**
 * One criterion on one compact row: name, score control, and three controls (guidance, note, clear)
 * whose content opens under the row. A note starts folded when empty, so five rows fit a landscape
 * tablet; folding a written note hides it but keeps it (flushed on unmount). Every slot keeps its
 * size whatever the state ("belum dinilai" or the value, a tick or none), so taps land where aimed.
 */

import { useCallback, useId, useState } from 'preact/hooks';
import { NoteField } from '#app/components/sheet/note-field.tsx';
import { ScoreControl } from '#app/components/sheet/score-control.tsx';
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { Criterion } from '#shared/event.ts';
import { localeTag } from '#shared/locale.ts';

interface Props {
  criterion: Criterion;
  /** Relative weight as a percentage, shown only when the rubric's weights differ. */
  weightPercent: string | null;
  value: number | undefined;
  note: string;
  /** Scores and notes cannot change (final without a reason, or conflict of interest). */
  locked: boolean;
  /** A score may be emptied (drafts only: a final sheet stays complete). */
  clearable: boolean;
  /** Callbacks take the criterion id so the sheet can pass the same functions to every row. */
  onScore: (criterionId: string, value: number | null) => void;
  onNoteSave: (criterionId: string, text: string) => void;
  onNoteWaiting: (criterionId: string) => void;
}

export function CriterionRow({
  criterion,
  weightPercent,
  value,
  note,
  locked,
  clearable,
  onScore,
  onNoteSave,
  onNoteWaiting,
}: Props) {
  const t = useSheetT();
  const lang = useLang();
  const id = useId();
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const [noteOpen, setNoteOpen] = useState(note !== '');
  const name = criterion.name[lang];
  const { id: criterionId } = criterion;
  const score = useCallback((v: number) => onScore(criterionId, v), [onScore, criterionId]);
  const saveNote = useCallback((text: string) => onNoteSave(criterionId, text), [onNoteSave, criterionId]);
  const noteWaiting = useCallback(() => onNoteWaiting(criterionId), [onNoteWaiting, criterionId]);

  return (
    <section class="criterion-row" data-criterion-id={criterion.id} aria-labelledby={`${id}-name`}>
      <div class="criterion-head">
        <h2 class="criterion-name" id={`${id}-name`}>
          {name}
          {weightPercent && <span class="criterion-weight"> · {t.sheet.weight(weightPercent)}</span>}
        </h2>
        <span class="criterion-value" data-scored={value !== undefined}>
          {value === undefined
            ? t.sheet.notScored
            : t.sheet.scoredValue(value.toLocaleString(localeTag(lang)))}
        </span>
      </div>
      <ScoreControl
        scale={criterion.scale}
        value={value}
        disabled={locked}
        label={t.sheet.scoreFor(name)}
        onScore={score}
      />
      <div class="criterion-toggles">
        <button
          type="button"
          class="toggle-btn"
          aria-expanded={guidanceOpen}
          aria-controls={`${id}-guidance`}
          onClick={() => setGuidanceOpen(!guidanceOpen)}
        >
          {t.sheet.guidance} <span class="visually-hidden">{name}</span>
        </button>
        <button
          type="button"
          class="toggle-btn"
          aria-expanded={noteOpen}
          aria-controls={noteOpen ? `${id}-note` : undefined}
          onClick={() => setNoteOpen(!noteOpen)}
        >
          {t.sheet.note} <span class="visually-hidden">{name}</span>
          {/* Always there, hidden when there is no note: a saved note never widens the toggle column. */}
          <span class="note-tick" style={{ visibility: note === '' ? 'hidden' : 'visible' }}>
            {' ✓'}
          </span>
        </button>
        <button
          type="button"
          class="toggle-btn clear-btn"
          disabled={locked || !clearable || value === undefined}
          onClick={() => onScore(criterionId, null)}
        >
          {t.sheet.clear} <span class="visually-hidden">{t.sheet.clearWhat(name)}</span>
        </button>
      </div>
      <p id={`${id}-guidance`} class="criterion-guidance" hidden={!guidanceOpen}>
        {criterion.guidance[lang]}
      </p>
      {noteOpen && (
        <NoteField
          id={`${id}-note`}
          label={t.sheet.noteFor(name)}
          saved={note}
          readOnly={locked}
          onSave={saveNote}
          onWaiting={noteWaiting}
        />
      )}
    </section>
  );
}
