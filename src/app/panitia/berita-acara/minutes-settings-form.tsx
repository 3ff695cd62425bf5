/**
 * The berita acara's settings in the console's settings tab: letterhead, number, decree, where and
 * when it is signed, the chair, the signers' NIP and rank, "Mengetahui", capitals and copies. The
 * server checks them with the shared schema and names the field of any slip; nothing half-valid is kept.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  formFromSettings,
  type MinutesForm,
  settingsFromForm,
} from '#app/panitia/berita-acara/form-values.ts';
import { SignerFields } from '#app/panitia/berita-acara/signer-fields.tsx';
import { useMinutesT } from '#app/panitia/berita-acara/use-minutes-t.ts';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { useAdminAction, useAdminQuery } from '#app/panitia/use-admin.ts';
import { MinutesSettingsResponseSchema } from '#shared/berita-acara/api.ts';
import type { EventPackage } from '#shared/event.ts';

export function MinutesSettingsForm({ pkg }: { pkg: EventPackage }) {
  const t = useMinutesT();
  const id = pkg.event.id;
  const query = useAdminQuery(`/events/${id}/berita-acara/settings`, MinutesSettingsResponseSchema);
  const save = useAdminAction();
  const [form, setForm] = useState<MinutesForm | null>(null);
  const [saved, setSaved] = useState(false);
  const loaded = query.data;
  useEffect(() => {
    if (loaded) setForm(formFromSettings(loaded.settings));
  }, [loaded]);

  if (!form) return <FailureText failure={query.failure} />;
  const set = (patch: Partial<MinutesForm>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };
  const text = (key: keyof MinutesForm & string, label: string, wide = true) => (
    <label class={wide ? 'field wide' : 'field'}>
      <span>{label}</span>
      <input
        name={`minutes-${key}`}
        value={String(form[key])}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
    </label>
  );
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = settingsFromForm(
      form,
      pkg.jurors.map((j) => j.id),
    );
    const result = await save.run(
      'PUT',
      `/events/${id}/berita-acara/settings`,
      MinutesSettingsResponseSchema,
      body,
    );
    if (result.ok) {
      query.set(result.value);
      setSaved(true);
    }
  };

  return (
    <section class="card minutes-settings" aria-labelledby="minutes-settings-title">
      <div class="section-head">
        <h2 id="minutes-settings-title">{t.minutes.settingsTitle}</h2>
        <a class="btn" href={`/panitia/acara/${id}/berita-acara`} data-testid="open-berita-acara">
          {t.minutes.open}
        </a>
      </div>
      <p class="muted">{t.minutes.settingsIntro}</p>
      {loaded && !loaded.saved && <p class="muted">{t.minutes.notSavedYet}</p>}
      <form class="grid-form" onSubmit={submit} noValidate>
        <label class="field wide">
          <span>{t.minutes.letterheadLines}</span>
          <textarea
            name="minutes-lines"
            rows={4}
            value={form.lines}
            onInput={(e) => set({ lines: e.currentTarget.value })}
          />
        </label>
        {text('address', t.minutes.address)}
        {text('phone', t.minutes.phone, false)}
        {text('web', t.minutes.web, false)}
        {text('subject', t.minutes.subject)}
        <label class="field wide">
          <span>{t.minutes.number}</span>
          <input
            name="minutes-number"
            value={form.number}
            onInput={(e) => set({ number: e.currentTarget.value })}
          />
          <small class="muted">{t.minutes.numberHint}</small>
        </label>
        <label class="field wide">
          <span>{t.minutes.decree}</span>
          <textarea
            name="minutes-decree"
            rows={2}
            value={form.decree}
            onInput={(e) => set({ decree: e.currentTarget.value })}
          />
        </label>
        {text('place', t.minutes.signingPlace, false)}
        <label class="field">
          <span>{t.minutes.signingDate}</span>
          <input
            type="date"
            name="minutes-date"
            value={form.date}
            onInput={(e) => set({ date: e.currentTarget.value })}
          />
        </label>
        <SignerFields pkg={pkg} form={form} set={set} />
        <label class="field wide checkbox-field">
          <input
            type="checkbox"
            name="minutes-capitals"
            checked={form.capitals}
            onChange={(e) => set({ capitals: e.currentTarget.checked })}
          />
          <span>{t.minutes.capitals}</span>
        </label>
        <label class="field">
          <span>{t.minutes.copies}</span>
          <input
            type="number"
            min={1}
            max={20}
            name="minutes-copies"
            value={form.copies}
            onInput={(e) => set({ copies: e.currentTarget.value })}
          />
        </label>
        <div class="button-row wide">
          <button type="submit" class="btn btn-primary" disabled={save.busy}>
            {t.minutes.save}
          </button>
          {saved && <span role="status">{t.minutes.saved}</span>}
        </div>
      </form>
      <FailureText failure={save.failure} />
    </section>
  );
}
