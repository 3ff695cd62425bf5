/**
 * Under a storage failure, what the juror can do now, in plain words; the score-file export is
 * offered beside it (save-state.tsx), since what was saved can still leave the tablet.
 */
import type { StorageFailureKind } from '#app/db/storage-errors.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  reason: StorageFailureKind;
}

export function StorageAdvice({ reason }: Props) {
  const t = useSheetT();
  return (
    <p class="save-advice" data-testid="storage-advice" data-reason={reason}>
      {t.sheet.storageAdvice[reason]}
    </p>
  );
}
