/**
 * Which team a juror most likely scores after this one: the next in the schedule that still needs a
 * sheet (not final, not a conflict of interest), else the first such team from the top. Pure.
 */
import type { TeamStatus } from '#shared/sheet.ts';

const DONE: ReadonlySet<TeamStatus> = new Set(['final', 'coi']);

export function nextTeamToScore(
  order: readonly string[],
  currentTeamId: string,
  statusOf: (teamId: string) => TeamStatus,
): string | undefined {
  const open = (id: string) => id !== currentTeamId && !DONE.has(statusOf(id));
  const here = order.indexOf(currentTeamId);
  return order.slice(here + 1).find(open) ?? order.slice(0, Math.max(here, 0)).find(open);
}
