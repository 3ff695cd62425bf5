/** The innovation summary, folded away so the five criteria keep the screen. */

import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { Team } from '#shared/event.ts';

export function TeamSummary({ team }: { team: Team }) {
  const t = useSheetT();
  return (
    <details class="team-summary">
      <summary>{t.sheet.summary}</summary>
      {/* The header may cut a long title short on a phone; here it is whole. */}
      <p>
        <strong>{team.title}</strong> · {team.agency}
      </p>
      <p>{team.summary}</p>
    </details>
  );
}
