/**
 * The event's settings after creation: name, organiser, venue, days, rooms, slot minutes, top groups;
 * and below them the berita acara's own settings.
 */
import { useState } from 'preact/hooks';
import { MinutesSettingsForm } from '#app/panitia/berita-acara/minutes-settings-form.tsx';
import { EventForm } from '#app/panitia/components/event-form.tsx';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import type { TabProps } from '#app/panitia/screens/event-screen.tsx';
import { useAdminAction } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { EventDetailSchema } from '#shared/admin-api.ts';

export function SettingsTab({ detail, onDetail }: TabProps) {
  const t = usePanitiaT();
  const save = useAdminAction();
  const [saved, setSaved] = useState(false);
  const { id, packageVersion: _version, ...info } = detail.package.event;
  return (
    <>
      <section class="card">
        <EventForm
          key={detail.package.event.packageVersion}
          initial={info}
          creating={false}
          busy={save.busy}
          submitLabel={t.panitia.saveSettings}
          onSubmit={async ({ id: _id, rubricPreset: _preset, ...value }) => {
            setSaved(false);
            const result = await save.run('PUT', `/events/${id}/info`, EventDetailSchema, value);
            if (result.ok) {
              onDetail(result.value);
              setSaved(true);
            }
          }}
        />
        {saved && <p role="status">{t.panitia.saved}</p>}
        <FailureText failure={save.failure} />
      </section>
      <MinutesSettingsForm pkg={detail.package} />
    </>
  );
}
