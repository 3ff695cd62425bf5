/** The tablet's health at a glance: connection, storage and the app version. */
import { ConnectionPanel } from '../components/pwa/connection-panel.tsx';
import { StoragePanel } from '../components/pwa/storage-panel.tsx';
import { VersionPanel } from '../components/pwa/version-panel.tsx';
import { useT } from '../i18n/index.ts';
import '../styles/pwa.css';

export function StatusScreen() {
  const t = useT();
  return (
    <main class="page status-page">
      <h1>{t.pwa.statusTitle}</h1>
      <ConnectionPanel />
      <StoragePanel />
      <VersionPanel />
    </main>
  );
}
