/**
 * The tablet's health at a glance: connection, what is still to send (and the export, for when it
 * cannot be sent), storage and the app version.
 */
import { ExportLink } from '#app/components/export/export-link.tsx';
import { ConnectionPanel } from '#app/components/pwa/connection-panel.tsx';
import { StoragePanel } from '#app/components/pwa/storage-panel.tsx';
import { VersionPanel } from '#app/components/pwa/version-panel.tsx';
import { SyncPanel } from '#app/components/sync/sync-panel.tsx';
import { useT } from '#app/i18n/index.ts';
import '#app/styles/pwa.css';
import '#app/styles/sync.css';

export function StatusScreen() {
  const t = useT();
  return (
    <main class="page status-page">
      <h1>{t.pwa.statusTitle}</h1>
      <ConnectionPanel />
      <SyncPanel />
      <p>
        <ExportLink />
      </p>
      <StoragePanel />
      <VersionPanel />
    </main>
  );
}
