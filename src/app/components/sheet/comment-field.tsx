/** The overall comment ("Komentar umum"); saves itself like a note. */
import { useId } from 'preact/hooks';
import { useSheetT } from '../../i18n/use-sheet-t.ts';
import { useDebouncedSave } from './use-debounced-save.ts';

interface Props {
  saved: string;
  readOnly: boolean;
  onSave: (text: string) => void;
  onWaiting: () => void;
}

export function CommentField({ saved, readOnly, onSave, onWaiting }: Props) {
  const t = useSheetT();
  const id = useId();
  const field = useDebouncedSave(saved, onSave, onWaiting);
  return (
    <section class="comment-field">
      <label for={id}>
        <strong>{t.sheet.comment}</strong> <span class="muted">{t.sheet.commentHint}</span>
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        value={field.text}
        readOnly={readOnly}
        onInput={(e) => field.input(e.currentTarget.value)}
        onFocus={field.focus}
        onBlur={field.blur}
      />
    </section>
  );
}
