/** The honest save indicator: nothing, "Menyimpan…", "Tersimpan", or a plain-words failure in red. */

import type { SaveFailure, SaveState } from '#app/components/sheet/use-save-tracker.ts';
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  state: SaveState;
  onDismiss: (key: string) => void;
}

export function SaveStateIndicator({ state, onDismiss }: Props) {
  const t = useSheetT();
  const lang = useLang();
  const why = (failure: SaveFailure): string => {
    if (failure.kind === 'storage') return t.sheet.storageFailed(failure.name);
    // The repository words its refusals in Indonesian and names the scale or rule; English maps the code.
    return lang === 'id' ? failure.message : t.sheet.rejected[failure.code];
  };
  const label =
    state.kind === 'saving' ? t.common.saving : state.kind === 'saved' ? `✓ ${t.common.saved}` : '';
  return (
    <div data-testid="save-state" class={`save-state save-${state.kind}`}>
      <span role="status">{label}</span>
      {state.kind === 'failed' && (
        <div class="save-error">
          <p role="alert">{t.sheet.notSaved(why(state.failure))}</p>
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
