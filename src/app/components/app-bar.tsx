/**
 * The sticky bar: brand, navigation, the status badges (connection, sync) and the language switch.
 * Its height is fixed at every width: the badges sit in a slot of their own and cut their visible
 * text short instead of wrapping, so a change of sync or connection state never moves the score
 * buttons below (a juror taps a row the moment it is in sight). In practice mode it carries the
 * LATIHAN band, on every screen.
 */
import { useLocation } from 'preact-iso';
import { PracticeBand } from '#app/components/practice-band.tsx';
import { ConnectionBadge } from '#app/components/pwa/connection-badge.tsx';
import { useSession } from '#app/db/live.ts';
import { useLateComponent } from '#app/first-screen.ts';
import { useT } from '#app/i18n/index.ts';
import { useUi } from '#app/store/ui-store.ts';

// The sync badge and the update banner read IndexedDB and bring the sync status code with them: they
// load once the first screen is painted, into a slot of fixed size (nothing moves when they arrive).
const loadSyncBadge = () => import('#app/components/sync/sync-badge.tsx').then((m) => m.SyncBadge);
const loadUpdateBanner = () => import('#app/components/pwa/update-banner.tsx').then((m) => m.UpdateBanner);

export function AppBar() {
  const t = useT();
  const { path } = useLocation();
  const session = useSession();
  const lang = useUi((s) => s.lang);
  const setLang = useUi((s) => s.setLang);
  const current = (href: string) => (path === href ? 'page' : undefined);
  const SyncBadge = useLateComponent(loadSyncBadge);
  const UpdateBanner = useLateComponent(loadUpdateBanner);
  // The practice picker has no session yet; an enrolled tablet is never in practice, even there.
  const practice = session?.mode === 'demo' || (path === '/latihan' && session?.mode !== 'enrolled');
  return (
    <>
      <header class="app-bar">
        <div class="app-bar-row">
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
            <ConnectionBadge />
            {SyncBadge ? <SyncBadge /> : <span class="sync-badge-live" />}
          </div>
          <button
            type="button"
            class="lang-switch"
            lang={lang === 'id' ? 'en' : 'id'}
            onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
          >
            <span class="lang-full">{t.common.switchTo}</span>
            <span class="lang-short" aria-hidden="true">
              {t.common.switchToShort}
            </span>
          </button>
        </div>
        {practice && <PracticeBand />}
      </header>
      {UpdateBanner && <UpdateBanner />}
    </>
  );
}
