/** A textarea that saves itself while the juror types and when they leave it (see use-debounced-save). */
import { useDebouncedSave } from '#app/components/sheet/use-debounced-save.ts';

interface Props {
  id: string;
  rows: number;
  saved: string;
  readOnly: boolean;
  onSave: (text: string) => void;
  onWaiting: () => void;
}

export function SavingTextarea({ id, rows, saved, readOnly, onSave, onWaiting }: Props) {
  const field = useDebouncedSave(saved, onSave, onWaiting);
  return (
    <textarea
      id={id}
      rows={rows}
      maxLength={2000}
      value={field.text}
      readOnly={readOnly}
      onInput={(e) => field.input(e.currentTarget.value)}
      onFocus={field.focus}
      onBlur={field.blur}
    />
  );
}
