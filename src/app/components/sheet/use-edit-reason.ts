/**
 * The reason given on this visit for changing a final sheet ("Ubah nilai"). While it stands, every
 * change carries it (the repository refuses a change to a final sheet without one); it is forgotten
 * when the juror is done or leaves the sheet, so it never travels to another visit or team.
 */
import { useState } from 'preact/hooks';
import type { SheetStatus } from '#shared/sheet.ts';

export interface EditReason {
  /** The reason given, or null while not editing a final sheet. */
  given: string | null;
  /** What to pass with a change right now. */
  reason: string | undefined;
  /** Scores and notes cannot change: a conflict of interest, or final without a reason. */
  locked: boolean;
  start: (reason: string) => void;
  stop: () => void;
}

export function useEditReason(status: SheetStatus): EditReason {
  const [given, setGiven] = useState<string | null>(null);
  return {
    given,
    reason: status === 'final' ? (given ?? undefined) : undefined,
    locked: status === 'coi' || (status === 'final' && given === null),
    start: setGiven,
    stop: () => setGiven(null),
  };
}
