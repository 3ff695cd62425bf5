/** The sticky header: who is presenting, the slot timer, the honest total and the save state. */

import { SaveStateIndicator } from '#app/components/sheet/save-state.tsx';
import { SheetTotal } from '#app/components/sheet/sheet-total.tsx';
import { SlotTimer } from '#app/components/sheet/slot-timer.tsx';
import type { SaveState } from '#app/components/sheet/use-save-tracker.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { Slot, Team } from '#shared/event.ts';
import type { WeightedTotal } from '#shared/scoring.ts';
import type { SheetStatus } from '#shared/sheet.ts';

interface Props {
  eventId: string;
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
  eventId,
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
  return (
    <header class="sheet-header" style={{ top: `${top}px` }}>
      <div class="sheet-team">
        <p class="sheet-agency">
          <span class="sheet-agency-name">{team.agency}</span>
          <span class={`status-chip status-${status}`}>{t.sheet.status[status]}</span>
        </p>
        <h1 class="sheet-title">{team.title}</h1>
      </div>
      {slot && (
        <SlotTimer
          eventId={eventId}
          slotId={slot.id}
          presentationMinutes={slot.presentationMinutes}
          interviewMinutes={slot.interviewMinutes}
        />
      )}
      <SheetTotal status={status} total={total} criteriaCount={criteriaCount} />
      <SaveStateIndicator state={saveState} onDismiss={onDismissError} />
    </header>
  );
}
