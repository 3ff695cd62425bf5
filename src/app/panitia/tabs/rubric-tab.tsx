/**
 * The rubric: a preset or hand edits, weights as percentages that must total 100, and the declared
 * tie-break rules. Locked once the first score arrived; unlocking asks for a reason the server keeps
 * in the audit trail with the change it allows.
 */
import { useState } from 'preact/hooks';
import { useLang } from '#app/i18n/index.ts';
import { ConfirmDialog } from '#app/panitia/components/confirm-dialog.tsx';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatMoment } from '#app/panitia/format.ts';
import type { TabProps } from '#app/panitia/screens/event-screen.tsx';
import { CriterionEditor } from '#app/panitia/tabs/criterion-editor.tsx';
import { asPercentages, criterionId, weightTotal } from '#app/panitia/tabs/rubric-weights.ts';
import { TieBreakEditor } from '#app/panitia/tabs/tie-break-editor.tsx';
import { useAdminAction } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { EventDetailSchema } from '#shared/admin-api.ts';
import type { Criterion, TieBreakRule } from '#shared/event.ts';
import { RUBRIC_PRESETS } from '#shared/rubric-presets.ts';

export function RubricTab({ detail, onDetail }: TabProps) {
  const t = usePanitiaT();
  const lang = useLang();
  const { rubric, event } = detail.package;
  const lock = detail.rubricLock;
  const [criteria, setCriteria] = useState<Criterion[]>(() => asPercentages(rubric.criteria));
  const [tieBreak, setTieBreak] = useState<TieBreakRule[]>(() => [...rubric.tieBreak]);
  const [preset, setPreset] = useState(RUBRIC_PRESETS[0]?.id ?? '');
  const [saved, setSaved] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const save = useAdminAction();
  const total = weightTotal(criteria);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const ids = criteria.map((c) => c.id);
    const result = await save.run('PUT', `/events/${event.id}/rubric`, EventDetailSchema, {
      rubric: {
        ...rubric,
        criteria,
        // A rule on a criterion removed from the rubric goes with it.
        tieBreak: tieBreak.filter((rule) => rule.kind !== 'criterion' || ids.includes(rule.criterionId)),
      },
    });
    if (result.ok) {
      onDetail(result.value);
      setCriteria(asPercentages(result.value.package.rubric.criteria));
      setTieBreak([...result.value.package.rubric.tieBreak]);
      setSaved(true);
    }
  };
  const unlock = async (reason: string) => {
    setUnlocking(false);
    const result = await save.run('POST', `/events/${event.id}/rubric/unlock`, EventDetailSchema, { reason });
    if (result.ok) onDetail(result.value);
  };
  const addCriterion = () => {
    const name = t.panitia.criterion(criteria.length + 1);
    setCriteria([
      ...criteria,
      {
        id: criterionId(
          name,
          criteria.map((c) => c.id),
        ),
        name: { id: name, en: name },
        guidance: { id: '-', en: '-' },
        weight: 0,
        scale: criteria[0]?.scale ?? { min: 1, max: 10, step: 1 },
      },
    ]);
  };

  return (
    <section class="card rubric-tab">
      <p class="muted">{t.panitia.rubricIntro}</p>
      {lock.locked && lock.firstScoreAt && (
        <div class="lock-banner" role="status" data-testid="rubric-locked">
          <p>{t.panitia.lockedBanner(formatMoment(lock.firstScoreAt, lang))}</p>
          <button type="button" class="btn" onClick={() => setUnlocking(true)}>
            {t.panitia.unlock}
          </button>
        </div>
      )}
      {!lock.locked && lock.unlockReason && (
        <p class="lock-banner">{t.panitia.unlockedBanner(lock.unlockReason)}</p>
      )}
      <div class="button-row">
        <label class="field">
          <span>{t.panitia.preset}</span>
          <select value={preset} disabled={lock.locked} onChange={(e) => setPreset(e.currentTarget.value)}>
            {RUBRIC_PRESETS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="btn"
          disabled={lock.locked}
          onClick={() => {
            const chosen = RUBRIC_PRESETS.find((r) => r.id === preset);
            if (chosen) setCriteria(asPercentages(chosen.criteria));
          }}
        >
          {t.panitia.usePreset}
        </button>
      </div>
      <form onSubmit={(e) => void submit(e)}>
        {criteria.map((c, i) => (
          <CriterionEditor
            key={c.id}
            index={i}
            criterion={c}
            disabled={lock.locked}
            onChange={(next) => setCriteria(criteria.map((x, j) => (j === i ? next : x)))}
            onRemove={criteria.length > 1 ? () => setCriteria(criteria.filter((_, j) => j !== i)) : undefined}
          />
        ))}
        <TieBreakEditor rules={tieBreak} criteria={criteria} disabled={lock.locked} onChange={setTieBreak} />
        <p class={total === 100 ? 'muted' : 'error-text'} data-testid="weight-total">
          {t.panitia.weightTotal(total.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB'))}
          {total !== 100 && ` ${t.panitia.weightMustBe100}`}
        </p>
        <div class="button-row">
          <button type="button" class="btn" disabled={lock.locked} onClick={addCriterion}>
            {t.panitia.addCriterion}
          </button>
          <button type="submit" class="btn btn-primary" disabled={lock.locked || save.busy || total !== 100}>
            {t.panitia.saveRubric}
          </button>
        </div>
      </form>
      {saved && <p role="status">{t.panitia.rubricSaved}</p>}
      <FailureText failure={save.failure} />
      {unlocking && (
        <ConfirmDialog
          title={t.panitia.unlockTitle}
          message={t.panitia.unlockMessage}
          reasonLabel={t.panitia.unlockReason}
          confirmLabel={t.panitia.unlock.replace('…', '')}
          onCancel={() => setUnlocking(false)}
          onConfirm={(reason) => void unlock(reason)}
        />
      )}
    </section>
  );
}
