/** The console's own bar: where you are, the language, and "Keluar" (forgets the token on this device). */
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { useUi } from '#app/store/ui-store.ts';

export function ConsoleHeader({ onSignOut }: { onSignOut: () => void }) {
  const t = usePanitiaT();
  const lang = useUi((s) => s.lang);
  const setLang = useUi((s) => s.setLang);
  return (
    <header class="console-header">
      <a class="brand" href="/panitia">
        {t.common.appName} · {t.panitia.consoleTitle}
      </a>
      <span class="spacer" />
      <button
        type="button"
        class="btn btn-quiet"
        lang={lang === 'id' ? 'en' : 'id'}
        onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
      >
        {t.common.switchTo}
      </button>
      <button type="button" class="btn btn-quiet" onClick={onSignOut}>
        {t.panitia.logout}
      </button>
    </header>
  );
}
