/**
 * Recording the committee's draw for teams the declared rules leave level: put them in the order drawn
 * (buttons, no dragging: 48 px targets on a tablet), say how and why and who decided. The server keeps
 * it in the audit trail for good; a correction is a new record.
 */
import { useState } from 'preact/hooks';
import { Dialog } from '#app/components/dialog.tsx';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import type { ResultsNames } from '#app/panitia/results/results-names.ts';
import { type ResultsSnapshot, ResultsSnapshotSchema } from '#app/panitia/results/use-results.ts';
import { useAdminAction } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { RecordDrawRequest } from '#shared/results/results-schema.ts';

interface Props {
  eventId: string;
  teamIds: readonly string[];
  provisional: boolean;
  names: ResultsNames;
  onCancel: () => void;
  onRecorded: (snapshot: ResultsSnapshot) => void;
}

export function DrawForm({ eventId, teamIds, provisional, names, onCancel, onRecorded }: Props) {
  const t = usePanitiaT();
  const words = t.panitia.results;
  const [order, setOrder] = useState<string[]>(() => [...teamIds]);
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const save = useAdminAction();
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    const [team] = next.splice(i, 1);
    if (team === undefined) return;
    next.splice(i + by, 0, team);
    setOrder(next);
  };
  const submit = async () => {
    const body: RecordDrawRequest = { teamIds: order, reason: reason.trim(), decidedBy: decidedBy.trim() };
    const result = await save.run(
      'POST',
      `/events/${encodeURIComponent(eventId)}/draws?detail=1`,
      ResultsSnapshotSchema,
      body,
    );
    if (result.ok) onRecorded(result.value);
  };
  return (
    <Dialog title={words.drawTitle} onClose={onCancel}>
      <p>{words.drawIntro}</p>
      {provisional && <p class="warn-text">⚠ {words.drawWhileProvisional}</p>}
      <ol class="draw-order" data-testid="draw-order">
        {order.map((id, i) => (
          <li key={id}>
            <span>{names.team(id)}</span>
            <button
              type="button"
              class="btn"
              disabled={i === 0}
              aria-label={words.moveUp(names.team(id))}
              onClick={() => move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="btn"
              disabled={i === order.length - 1}
              aria-label={words.moveDown(names.team(id))}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <label class="field">
        <span>{words.drawReason}</span>
        <textarea rows={3} value={reason} maxLength={500} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{words.drawBy}</span>
        <input value={decidedBy} maxLength={200} onInput={(e) => setDecidedBy(e.currentTarget.value)} />
      </label>
      <FailureText failure={save.failure} />
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={onCancel}>
          {t.common.cancel}
        </button>
        <button
          type="button"
          class="btn btn-primary"
          disabled={save.busy || !reason.trim() || !decidedBy.trim()}
          onClick={() => void submit()}
        >
          {words.saveDraw}
        </button>
      </div>
    </Dialog>
  );
}
