/** The overall comment ("Komentar umum"); saves itself like a note. */
import { useId } from 'preact/hooks';
import { SavingTextarea } from '#app/components/sheet/saving-textarea.tsx';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  saved: string;
  readOnly: boolean;
  onSave: (text: string) => void;
  onWaiting: () => void;
}

export function CommentField(props: Props) {
  const t = useSheetT();
  const id = useId();
  return (
    <section class="comment-field">
      <label for={id}>
        <strong>{t.sheet.comment}</strong> <span class="muted">{t.sheet.commentHint}</span>
      </label>
      <SavingTextarea id={id} rows={3} {...props} />
    </section>
  );
}
