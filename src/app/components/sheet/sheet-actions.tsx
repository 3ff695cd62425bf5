/** The sheet's deliberate actions: finalise (drafts only) and declare a conflict of interest. */

import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { SheetStatus } from '#shared/sheet.ts';

interface Props {
  status: SheetStatus;
  onFinalise: () => void;
  onConflict: () => void;
}

export function SheetActions({ status, onFinalise, onConflict }: Props) {
  const t = useSheetT();
  if (status === 'coi') return null;
  return (
    <div class="sheet-actions">
      <button type="button" class="btn btn-danger" onClick={onConflict}>
        {t.sheet.coi}
      </button>
      {status === 'draft' && (
        <button type="button" class="btn btn-primary" onClick={onFinalise}>
          {t.sheet.finalise}
        </button>
      )}
    </div>
  );
}
