/** Confirms finalising and names every criterion left empty (finalising with empties is allowed). */

import { Dialog } from '#app/components/dialog.tsx';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  emptyCriteria: readonly string[];
  criteriaCount: number;
  total: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function FinaliseDialog({ emptyCriteria, criteriaCount, total, onConfirm, onCancel }: Props) {
  const t = useSheetT();
  return (
    <Dialog title={t.sheet.finaliseTitle} onClose={onCancel}>
      {emptyCriteria.length > 0 ? (
        <div class="finalise-empty">
          <p>
            <strong>{t.sheet.finaliseEmpty(emptyCriteria.length)}</strong>
          </p>
          <ul>
            {emptyCriteria.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <p>{t.sheet.finaliseEmptyAllowed}</p>
        </div>
      ) : (
        <p>{t.sheet.finaliseComplete(criteriaCount)}</p>
      )}
      <p>
        {t.sheet.total}: <strong>{total}</strong>
      </p>
      <p class="muted">{t.sheet.finaliseAfter}</p>
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={onCancel}>
          {t.common.cancel}
        </button>
        <button type="button" class="btn btn-primary" onClick={onConfirm}>
          {t.sheet.finaliseConfirm}
        </button>
      </div>
    </Dialog>
  );
}
