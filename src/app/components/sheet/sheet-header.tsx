/** The sticky header: who is presenting, the slot timer, the live total and the save state. */

import { SaveStateIndicator } from '#app/components/sheet/save-state.tsx';
import { SlotTimer } from '#app/components/sheet/slot-timer.tsx';
import type { SaveState } from '#app/components/sheet/use-save-tracker.ts';
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { Slot, Team } from '#shared/event.ts';
import { formatTotal, type WeightedTotal } from '#shared/scoring.ts';
import type { SheetStatus } from '#shared/sheet.ts';

interface Props {
  team: Team;
  slot: Slot | undefined;
  status: SheetStatus;
  total: WeightedTotal;
  criteriaCount: number;
  saveState: SaveState;
  onDismissError: (key: string) => void;
  /** Height of the app bar above, so both stay visible. */
  top: number;
}

export function SheetHeader({
  team,
  slot,
  status,
  total,
  criteriaCount,
  saveState,
  onDismissError,
  top,
}: Props) {
  const t = useSheetT();
  const lang = useLang();
  return (
    <header class="sheet-header" style={{ top: `${top}px` }}>
      <div class="sheet-team">
        <p class="sheet-agency">
          {team.agency}
          <span class={`status-chip status-${status}`}>{t.sheet.status[status]}</span>
        </p>
        <h1 class="sheet-title">{team.title}</h1>
      </div>
      {slot && (
        <SlotTimer
          slotId={slot.id}
          presentationMinutes={slot.presentationMinutes}
          interviewMinutes={slot.interviewMinutes}
        />
      )}
      <div class="sheet-total">
        <span class="total-label">{t.sheet.total}</span>
        <span class="total-value" data-testid="total">
          {formatTotal(total.total, lang)}
        </span>
        <span class="total-count">{t.sheet.scoredCount(total.scored, criteriaCount)}</span>
      </div>
      <SaveStateIndicator state={saveState} onDismiss={onDismissError} />
    </header>
  );
}
