/** Why this team's sheet is disabled: the juror's declared conflict of interest and its reason. */
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  reason: string | null;
  onWithdraw: () => void;
}

export function ConflictBanner({ reason, onWithdraw }: Props) {
  const t = useSheetT();
  return (
    <div class="sheet-banner banner-coi" role="status">
      <div>
        <p>
          <span aria-hidden="true">⚠ </span>
          <strong>{t.sheet.coiBanner}</strong>
        </p>
        {reason && (
          <p>
            {t.sheet.coiReason} <q>{reason}</q>
          </p>
        )}
      </div>
      <button type="button" class="btn" onClick={onWithdraw}>
        {t.sheet.coiWithdraw}
      </button>
    </div>
  );
}
