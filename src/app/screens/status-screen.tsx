/** The tablet's health at a glance: connection, what is still to send, storage and the app version. */
import { ConnectionPanel } from '../components/pwa/connection-panel.tsx';
import { StoragePanel } from '../components/pwa/storage-panel.tsx';
import { VersionPanel } from '../components/pwa/version-panel.tsx';
import { SyncPanel } from '../components/sync/sync-panel.tsx';
import { useT } from '../i18n/index.ts';
import '../styles/pwa.css';
import '../styles/sync.css';

export function StatusScreen() {
  const t = useT();
  return (
    <main class="page status-page">
      <h1>{t.pwa.statusTitle}</h1>
      <ConnectionPanel />
      <SyncPanel />
      <StoragePanel />
      <VersionPanel />
    </main>
  );
}
