/**
 * The total as it honestly stands: "Nilai sementara" while the sheet is a draft, "Nilai akhir" once
 * final, and "—" for a conflict of interest, whose scores never count. Fixed width, so a longer
 * number or label never pushes the timer beside it.
 */
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import { formatTotal, type WeightedTotal } from '#shared/scoring.ts';
import type { SheetStatus } from '#shared/sheet.ts';

interface Props {
  status: SheetStatus;
  total: WeightedTotal;
  criteriaCount: number;
}

export function SheetTotal({ status, total, criteriaCount }: Props) {
  const t = useSheetT();
  const lang = useLang();
  const conflict = status === 'coi';
  return (
    <div class="sheet-total" data-total-kind={status === 'draft' ? 'provisional' : status}>
      <span class="total-label">{status === 'draft' ? t.sheet.totalProvisional : t.sheet.totalFinal}</span>
      <span class="total-value" data-testid="total">
        {conflict ? '—' : formatTotal(total.total, lang)}
      </span>
      <span class="total-count">
        {conflict ? t.sheet.notCounted : t.sheet.scoredCount(total.scored, criteriaCount)}
      </span>
    </div>
  );
}
