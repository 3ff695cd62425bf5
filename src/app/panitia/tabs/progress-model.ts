/** The progress grid's arithmetic, apart from its rendering: counts and the sheets that are late. */
import { slotInstant } from '#app/panitia/format.ts';
import type { ProgressCell, ProgressResponse } from '#shared/admin-api.ts';
import { slotOf } from '#shared/package-diff.ts';

/** A sheet still open this long after its slot ended is chased. */
export const LATE_AFTER_MS = 30 * 60_000;

export function cellKey(jurorId: string, teamId: string): string {
  return `${jurorId}/${teamId}`;
}

/** A cell that needs nothing more: final, or a conflict of interest. */
export const isDone = (cell: ProgressCell | undefined): boolean =>
  cell?.status === 'final' || cell?.status === 'coi';

export function lateCells(progress: ProgressResponse, now: number): ProgressCell[] {
  const { package: pkg } = progress;
  return progress.cells.filter((cell) => {
    if (isDone(cell) || cell.flags.includes('withdrawn')) return false;
    const slot = slotOf(pkg, cell.teamId);
    if (!slot) return false;
    const end =
      slotInstant(slot.day, slot.start, pkg.event.timezone) +
      (slot.presentationMinutes + slot.interviewMinutes) * 60_000;
    return now > end + LATE_AFTER_MS;
  });
}
