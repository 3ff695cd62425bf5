/** A criterion's optional note; saves itself (see use-debounced-save). */
import { useDebouncedSave } from './use-debounced-save.ts';

interface Props {
  id: string;
  label: string;
  saved: string;
  readOnly: boolean;
  onSave: (text: string) => void;
  onWaiting: () => void;
}

export function NoteField({ id, label, saved, readOnly, onSave, onWaiting }: Props) {
  const field = useDebouncedSave(saved, onSave, onWaiting);
  return (
    <div class="note-field">
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={2000}
        value={field.text}
        readOnly={readOnly}
        onInput={(e) => field.input(e.currentTarget.value)}
        onFocus={field.focus}
        onBlur={field.blur}
      />
    </div>
  );
}
