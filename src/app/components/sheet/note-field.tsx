/** A criterion's optional note; saves itself. */
import { SavingTextarea } from '#app/components/sheet/saving-textarea.tsx';

interface Props {
  id: string;
  label: string;
  saved: string;
  readOnly: boolean;
  onSave: (text: string) => void;
  onWaiting: () => void;
}

export function NoteField({ id, label, ...field }: Props) {
  return (
    <div class="note-field">
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      <SavingTextarea id={id} rows={2} {...field} />
    </div>
  );
}
