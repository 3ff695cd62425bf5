/** The sheet's four deliberate steps, one dialog each: finalise, change a final score, declare or withdraw a conflict. */
import { FinaliseDialog } from '#app/components/sheet/finalise-dialog.tsx';
import { ReasonDialog } from '#app/components/sheet/reason-dialog.tsx';
import { declareConflict, finaliseSheet, type SheetRef, withdrawConflict } from '#app/db/sheets-repo.ts';
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { Criterion } from '#shared/event.ts';
import { formatTotal, type WeightedTotal } from '#shared/scoring.ts';

export type SheetDialog = 'finalise' | 'change' | 'conflict' | 'withdraw' | null;

interface Props {
  open: SheetDialog;
  sheetRef: SheetRef;
  criteria: readonly Criterion[];
  scores: Readonly<Record<string, number>>;
  total: WeightedTotal;
  onClose: () => void;
  /** The juror gave a reason to change a final sheet. */
  onStartEditing: (reason: string) => void;
  /** Runs a status change through the save tracker. */
  onStatus: (run: () => Promise<unknown>) => void;
}

export function SheetDialogs({
  open,
  sheetRef,
  criteria,
  scores,
  total,
  onClose,
  onStartEditing,
  onStatus,
}: Props) {
  const t = useSheetT();
  const lang = useLang();
  const closeThen = (run: () => Promise<unknown>) => {
    onClose();
    onStatus(run);
  };
  switch (open) {
    case null:
      return null;
    case 'finalise':
      return (
        <FinaliseDialog
          emptyCriteria={criteria.filter((c) => scores[c.id] === undefined).map((c) => c.name[lang])}
          criteriaCount={criteria.length}
          total={formatTotal(total.total, lang)}
          onConfirm={() => closeThen(() => finaliseSheet(sheetRef))}
          onCancel={onClose}
        />
      );
    case 'change':
      return (
        <ReasonDialog
          title={t.sheet.changeTitle}
          explain={t.sheet.changeExplain}
          confirmLabel={t.sheet.continue}
          onConfirm={(given) => {
            onStartEditing(given);
            onClose();
          }}
          onCancel={onClose}
        />
      );
    case 'conflict':
      return (
        <ReasonDialog
          title={t.sheet.coiTitle}
          explain={t.sheet.coiExplain}
          confirmLabel={t.sheet.coiConfirm}
          danger
          onConfirm={(given) => closeThen(() => declareConflict(sheetRef, given))}
          onCancel={onClose}
        />
      );
    case 'withdraw':
      return (
        <ReasonDialog
          title={t.sheet.coiWithdrawTitle}
          explain={t.sheet.coiWithdrawExplain}
          confirmLabel={t.sheet.coiWithdrawConfirm}
          onConfirm={(given) => closeThen(() => withdrawConflict(sheetRef, given))}
          onCancel={onClose}
        />
      );
  }
}
