/**
 * One event: its tabs (progress, ranking, teams and schedule, rubric, jurors and cards, devices,
 * score files, settings, history).
 */

import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { ResultsTab } from '#app/panitia/results/results-tab.tsx';
import { AuditTab } from '#app/panitia/tabs/audit-tab.tsx';
import { DevicesTab } from '#app/panitia/tabs/devices-tab.tsx';
import { JurorsTab } from '#app/panitia/tabs/jurors-tab.tsx';
import { ProgressTab } from '#app/panitia/tabs/progress-tab.tsx';
import { RubricTab } from '#app/panitia/tabs/rubric-tab.tsx';
import { ScoreFilesTab } from '#app/panitia/tabs/score-files-tab.tsx';
import { SettingsTab } from '#app/panitia/tabs/settings-tab.tsx';
import { TeamsTab } from '#app/panitia/tabs/teams-tab.tsx';
import { useAdminQuery } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { type EventDetail, EventDetailSchema } from '#shared/admin-api.ts';

const TABS = {
  kemajuan: 'progress',
  peringkat: 'results',
  peserta: 'teams',
  rubrik: 'rubric',
  juri: 'jurors',
  perangkat: 'devices',
  berkas: 'scoreFiles',
  pengaturan: 'settings',
  riwayat: 'audit',
} as const;
type Slug = keyof typeof TABS;

export interface TabProps {
  detail: EventDetail;
  /** A reply that already holds the event's new state. */
  onDetail: (detail: EventDetail) => void;
  reload: () => Promise<void>;
}

export function EventScreen({ eventId, tab }: { eventId?: string; tab?: string }) {
  const t = usePanitiaT();
  const id = eventId ?? '';
  const detail = useAdminQuery(`/events/${encodeURIComponent(id)}`, EventDetailSchema);
  const slug: Slug = isSlug(tab) ? tab : 'kemajuan';
  const data = detail.data;
  if (!data) {
    return (
      <main class="page console-page" aria-busy={!detail.failure}>
        <FailureText failure={detail.failure} />
      </main>
    );
  }
  const props: TabProps = { detail: data, onDetail: detail.set, reload: detail.reload };
  const pkg = data.package;
  return (
    <main class="page console-page">
      <p class="crumbs">
        <a href="/panitia">{t.panitia.backToEvents}</a>
      </p>
      <h1>
        {pkg.event.name}{' '}
        <span class="muted version-tag">{t.panitia.version(pkg.event.packageVersion ?? 0)}</span>
      </h1>
      <nav class="console-tabs" aria-label={pkg.event.name}>
        {(Object.keys(TABS) as Slug[]).map((s) => (
          <a key={s} href={`/panitia/acara/${id}/${s}`} aria-current={s === slug ? 'page' : undefined}>
            {t.panitia.tabs[TABS[s]]}
          </a>
        ))}
      </nav>
      {slug === 'kemajuan' && <ProgressTab eventId={id} />}
      {slug === 'peringkat' && <ResultsTab eventId={id} />}
      {slug === 'peserta' && <TeamsTab {...props} />}
      {slug === 'rubrik' && <RubricTab {...props} />}
      {slug === 'juri' && <JurorsTab {...props} />}
      {slug === 'perangkat' && <DevicesTab {...props} />}
      {slug === 'berkas' && <ScoreFilesTab {...props} />}
      {slug === 'pengaturan' && <SettingsTab {...props} />}
      {slug === 'riwayat' && <AuditTab eventId={id} />}
    </main>
  );
}

function isSlug(value: string | undefined): value is Slug {
  return value !== undefined && value in TABS;
}
