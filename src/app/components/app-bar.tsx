import { useLocation } from 'preact-iso';
import { ConnectionBadge } from '#app/components/pwa/connection-badge.tsx';
import { UpdateBanner } from '#app/components/pwa/update-banner.tsx';
import { SyncBadge } from '#app/components/sync/sync-badge.tsx';
import { useT } from '#app/i18n/index.ts';
import { useUi } from '#app/store/ui-store.ts';

/** The sticky bar: brand, navigation, language switch and the status badges (connection, sync). */
export function AppBar() {
  const t = useT();
  const { path } = useLocation();
  const lang = useUi((s) => s.lang);
  const setLang = useUi((s) => s.setLang);
  const current = (href: string) => (path === href ? 'page' : undefined);
  return (
    <header class="app-bar">
      <a class="brand" href="/">
        {t.common.appName}
      </a>
      <nav aria-label={t.common.mainNav}>
        <a href="/" aria-current={current('/')}>
          {t.common.navSchedule}
        </a>
        <a href="/rekap" aria-current={current('/rekap')}>
          {t.common.navMyScores}
        </a>
        <a href="/status" aria-current={current('/status')}>
          {t.common.navStatus}
        </a>
      </nav>
      <div class="app-bar-status">
        {/* status badges mount here */}
        <ConnectionBadge />
        <SyncBadge />
      </div>
      <button
        type="button"
        class="lang-switch"
        lang={lang === 'id' ? 'en' : 'id'}
        onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
      >
        {t.common.switchTo}
      </button>
      <UpdateBanner />
    </header>
  );
}
