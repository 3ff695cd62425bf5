/**
 * The bar at the foot of the screen, always in reach without scrolling: what the juror can do with
 * this sheet now. A draft offers finalising (and a conflict of interest); a final sheet says so, offers
 * "Ubah nilai" and the next team to score; while a final sheet is being changed, the reason recorded.
 * Its height never changes, so nothing on the sheet moves when the status does.
 */
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { Team } from '#shared/event.ts';
import type { SheetStatus } from '#shared/sheet.ts';

interface Props {
  status: SheetStatus;
  /** The reason for changing a final sheet, while that is going on. */
  editReason: string | null;
  /** The team to offer once this sheet is done; undefined when every team is done. */
  nextTeam: Team | undefined;
  onFinalise: () => void;
  onConflict: () => void;
  onChange: () => void;
  onDoneEditing: () => void;
}

export function SheetActionBar(props: Props) {
  return (
    <div class="sheet-action-bar" data-testid="sheet-action-bar">
      <div class="sheet-action-inner">
        <BarContent {...props} />
      </div>
    </div>
  );
}

function BarContent({
  status,
  editReason,
  nextTeam,
  onFinalise,
  onConflict,
  onChange,
  onDoneEditing,
}: Props) {
  const t = useSheetT();
  if (status === 'draft') {
    return (
      <>
        <button type="button" class="btn btn-danger" onClick={onConflict}>
          {t.sheet.coi}
        </button>
        <button type="button" class="btn btn-primary btn-finalise" onClick={onFinalise}>
          {t.sheet.finalise}
        </button>
      </>
    );
  }
  if (status === 'final' && editReason !== null) {
    return (
      <>
        <p class="bar-text" role="status" title={editReason}>
          <span aria-hidden="true">✎ </span>
          {t.sheet.editingBanner} <q>{editReason}</q>
        </p>
        <button type="button" class="btn btn-primary" onClick={onDoneEditing}>
          {t.sheet.doneEditing}
        </button>
      </>
    );
  }
  return (
    <>
      {status === 'final' ? (
        <>
          <p class="bar-text bar-final" role="status">
            <span aria-hidden="true">✓ </span>
            {t.sheet.finalBanner}
          </p>
          <button type="button" class="btn" onClick={onChange}>
            {t.sheet.changeScore}
          </button>
        </>
      ) : (
        <p class="bar-text">{t.sheet.coiBar}</p>
      )}
      <NextTeamLink team={nextTeam} />
    </>
  );
}

function NextTeamLink({ team }: { team: Team | undefined }) {
  const t = useSheetT();
  if (!team) {
    return (
      <a class="btn btn-primary" href="/">
        {t.sheet.allDone}
      </a>
    );
  }
  return (
    <a class="btn btn-primary next-team" href={`/nilai/${team.id}`} data-next-team-id={team.id}>
      <span class="next-label">{t.sheet.nextTeam}</span>
      <span class="next-title">{team.title}</span>
      <span aria-hidden="true"> →</span>
    </a>
  );
}
