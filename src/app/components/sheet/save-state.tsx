/** The honest save indicator: nothing, "Menyimpan…", "Tersimpan", or a plain-words failure in red. */

import { ExportLink } from '#app/components/export/export-link.tsx';
import { StorageAdvice } from '#app/components/sheet/storage-advice.tsx';
import type { SaveFailure, SaveState } from '#app/components/sheet/use-save-tracker.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  state: SaveState;
  onDismiss: (key: string) => void;
}

export function SaveStateIndicator({ state, onDismiss }: Props) {
  const t = useSheetT();
  // Every word from the dictionary, by code: a refusal's own message and a browser's error name are for
  // the log, not the juror.
  const why = (failure: SaveFailure): string => {
    if (failure.kind === 'rejected') return t.sheet.rejected[failure.code];
    if (failure.reason === 'full') return t.sheet.storageFull;
    if (failure.reason === 'closed') return t.sheet.storageClosed;
    return t.sheet.storageFailed(failure.name);
  };
  const label =
    state.kind === 'saving' ? t.common.saving : state.kind === 'saved' ? `✓ ${t.common.saved}` : '';
  return (
    <div data-testid="save-state" class={`save-state save-${state.kind}`}>
      <span role="status">{label}</span>
      {state.kind === 'failed' && (
        <div class="save-error">
          <div class="save-error-text">
            <p role="alert">{t.sheet.notSaved(why(state.failure))}</p>
            {state.failure.kind === 'storage' && <StorageAdvice reason={state.failure.reason} />}
          </div>
          {/* What is saved can still leave the tablet, even when the storage refuses writes (export-repo.ts). */}
          <ExportLink afterFailure />
          <button
            type="button"
            class="save-dismiss"
            aria-label={t.sheet.dismiss}
            onClick={() => onDismiss(state.key)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
