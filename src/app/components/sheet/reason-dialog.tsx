/** Asks for a short, required reason: editing a final sheet, declaring or withdrawing a conflict. */
import { useId, useState } from 'preact/hooks';
import { Dialog } from '#app/components/dialog.tsx';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  title: string;
  explain: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function ReasonDialog({ title, explain, confirmLabel, danger = false, onConfirm, onCancel }: Props) {
  const t = useSheetT();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') {
      setMissing(true);
      return;
    }
    onConfirm(trimmed);
  };

  return (
    <Dialog title={title} onClose={onCancel}>
      <form onSubmit={submit} noValidate>
        <p>{explain}</p>
        <label for={`${id}-reason`}>
          <strong>{t.sheet.reason}</strong>
        </label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={500}
          required
          aria-invalid={missing}
          aria-describedby={missing ? `${id}-missing` : undefined}
          value={reason}
          onInput={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
        />
        {missing && (
          <p id={`${id}-missing`} class="error-text" role="alert">
            {t.sheet.reasonRequired}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onCancel}>
            {t.common.cancel}
          </button>
          <button type="submit" class={danger ? 'btn btn-primary btn-danger-fill' : 'btn btn-primary'}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
