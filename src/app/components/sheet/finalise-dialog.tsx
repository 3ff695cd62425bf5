/**
 * Finalising is deliberate. A complete sheet gets a confirmation with the total it will carry; a sheet
 * with an empty criterion cannot be final (the shared rules refuse it, here and on the server), so the
 * dialog names what is missing and leads back to scoring instead.
 */

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
  if (emptyCriteria.length > 0) {
    return (
      <Dialog title={t.sheet.finaliseBlockedTitle} onClose={onCancel}>
        <div class="finalise-empty">
          <p>{t.sheet.finaliseBlocked(emptyCriteria.length, criteriaCount)}</p>
          <ul>
            {emptyCriteria.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
        <div class="dialog-actions">
          <button type="button" class="btn btn-primary" onClick={onCancel}>
            {t.sheet.backToScoring}
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={t.sheet.finaliseTitle} onClose={onCancel}>
      <p>{t.sheet.finaliseComplete(criteriaCount)}</p>
      <p>
        {t.sheet.totalFinal}: <strong data-testid="finalise-total">{total}</strong>
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
