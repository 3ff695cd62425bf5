import { useT } from '#app/i18n/index.ts';
import type { TeamStatus } from '#shared/sheet.ts';

// A mark beside the word, so the status survives glare and colour blindness.
const MARK: Record<TeamStatus, string> = { none: '○', draft: '✎', final: '✓', coi: '⊘' };

export function StatusChip({ status }: { status: TeamStatus }) {
  const t = useT();
  return (
    <span class={`chip chip-${status}`}>
      <span aria-hidden="true">{MARK[status]}</span> {t.schedule.status[status]}
    </span>
  );
}
