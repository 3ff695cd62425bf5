/** Confirmation before a destructive action; with `reasonLabel` it also asks for a reason that is kept. */
import { useState } from 'preact/hooks';
import { Dialog } from '#app/components/dialog.tsx';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  reasonLabel?: string;
  danger?: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  reasonLabel,
  danger,
  onConfirm,
  onCancel,
}: Props) {
  const t = usePanitiaT();
  const [reason, setReason] = useState('');
  const needsReason = reasonLabel !== undefined;
  return (
    <Dialog title={title} onClose={onCancel}>
      <p>{message}</p>
      {needsReason && (
        <label class="field">
          <span>{reasonLabel}</span>
          <textarea rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
      )}
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={onCancel}>
          {t.common.cancel}
        </button>
        <button
          type="button"
          class={danger ? 'btn btn-danger' : 'btn btn-primary'}
          disabled={needsReason && reason.trim().length < 3}
          onClick={() => onConfirm(reason.trim())}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
