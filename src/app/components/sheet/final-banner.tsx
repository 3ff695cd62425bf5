/** Shown on a final sheet: read-only with "Ubah nilai", or, while editing, the reason being recorded. */
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  editReason: string | null;
  onChange: () => void;
  onDone: () => void;
}

export function FinalBanner({ editReason, onChange, onDone }: Props) {
  const t = useSheetT();
  if (editReason === null) {
    return (
      <div class="sheet-banner banner-final" role="status">
        <p>
          <span aria-hidden="true">🔒 </span>
          {t.sheet.finalBanner}
        </p>
        <button type="button" class="btn" onClick={onChange}>
          {t.sheet.changeScore}
        </button>
      </div>
    );
  }
  return (
    <div class="sheet-banner banner-editing" role="status">
      <p>
        <span aria-hidden="true">✎ </span>
        {t.sheet.editingBanner} <q>{editReason}</q>
      </p>
      <button type="button" class="btn" onClick={onDone}>
        {t.sheet.doneEditing}
      </button>
    </div>
  );
}
