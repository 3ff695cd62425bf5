/** One criterion of the rubric: names and guidance in both languages, weight, scale. */
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { Criterion } from '#shared/event.ts';

interface Props {
  index: number;
  criterion: Criterion;
  disabled: boolean;
  onChange: (next: Criterion) => void;
  onRemove: (() => void) | undefined;
}

export function CriterionEditor({ index, criterion: c, disabled, onChange, onRemove }: Props) {
  const t = usePanitiaT();
  const text = (key: 'name' | 'guidance', lang: 'id' | 'en', value: string) =>
    onChange({ ...c, [key]: { ...c[key], [lang]: value } });
  const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(',', '.')));
  return (
    <fieldset class="criterion-editor" data-criterion-id={c.id} disabled={disabled}>
      <legend>
        {t.panitia.criterion(index + 1)}: {c.name.id}
      </legend>
      <div class="grid-form">
        <label class="field">
          <span>{t.panitia.nameId}</span>
          <input value={c.name.id} onInput={(e) => text('name', 'id', e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t.panitia.nameEn}</span>
          <input value={c.name.en} onInput={(e) => text('name', 'en', e.currentTarget.value)} />
        </label>
        <label class="field wide">
          <span>{t.panitia.guidanceId}</span>
          <textarea
            rows={2}
            value={c.guidance.id}
            onInput={(e) => text('guidance', 'id', e.currentTarget.value)}
          />
        </label>
        <label class="field wide">
          <span>{t.panitia.guidanceEn}</span>
          <textarea
            rows={2}
            value={c.guidance.en}
            onInput={(e) => text('guidance', 'en', e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t.panitia.weight}</span>
          <input
            name="weight"
            inputMode="decimal"
            value={String(c.weight)}
            onChange={(e) => onChange({ ...c, weight: num(e.currentTarget.value) })}
          />
        </label>
        <label class="field">
          <span>{t.panitia.scaleMin}</span>
          <input
            inputMode="decimal"
            value={String(c.scale.min)}
            onChange={(e) => onChange({ ...c, scale: { ...c.scale, min: num(e.currentTarget.value) } })}
          />
        </label>
        <label class="field">
          <span>{t.panitia.scaleMax}</span>
          <input
            inputMode="decimal"
            value={String(c.scale.max)}
            onChange={(e) => onChange({ ...c, scale: { ...c.scale, max: num(e.currentTarget.value) } })}
          />
        </label>
        <label class="field">
          <span>{t.panitia.scaleStep}</span>
          <input
            inputMode="decimal"
            value={String(c.scale.step)}
            onChange={(e) => onChange({ ...c, scale: { ...c.scale, step: num(e.currentTarget.value) } })}
          />
        </label>
      </div>
      {onRemove && (
        <button type="button" class="btn btn-quiet" onClick={onRemove}>
          {t.panitia.removeCriterion}
        </button>
      )}
    </fieldset>
  );
}
