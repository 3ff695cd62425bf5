/**
 * One criterion on one compact row: name, score buttons, and two toggles (guidance, note) whose
 * content opens under the row. A note starts folded when empty, so five rows fit a landscape tablet;
 * folding a written note hides it but keeps it (flushed on unmount).
 */

import { useCallback, useId, useState } from 'preact/hooks';
import { NoteField } from '#app/components/sheet/note-field.tsx';
import { ScoreButtons } from '#app/components/sheet/score-buttons.tsx';
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { Criterion } from '#shared/event.ts';

interface Props {
  criterion: Criterion;
  /** Relative weight as a percentage, shown only when the rubric's weights differ. */
  weightPercent: string | null;
  value: number | undefined;
  note: string;
  /** Scores and notes cannot change (final without a reason, or conflict of interest). */
  locked: boolean;
  /** Callbacks take the criterion id so the sheet can pass the same functions to every row. */
  onScore: (criterionId: string, value: number) => void;
  onNoteSave: (criterionId: string, text: string) => void;
  onNoteWaiting: (criterionId: string) => void;
}

export function CriterionRow({
  criterion,
  weightPercent,
  value,
  note,
  locked,
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
    <section class="criterion-row" data-criterion-id={criterion.id}>
      <div class="criterion-head">
        <h2 class="criterion-name">
          {name}
          {weightPercent && <span class="criterion-weight"> · {t.sheet.weight(weightPercent)}</span>}
        </h2>
        <span class="criterion-value">{value === undefined ? t.sheet.notScored : ''}</span>
      </div>
      <ScoreButtons
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
          {note !== '' && ' ✓'}
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
