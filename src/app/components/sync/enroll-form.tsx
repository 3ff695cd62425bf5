/**
 * Typing (or confirming) an enrollment code. A code that came in the QR's URL is shown for
 * confirmation first: a scanned code must not enroll a tablet by accident.
 */
import { useState } from 'preact/hooks';
import { useSyncT } from '#app/i18n/use-sync-t.ts';
import { type EnrollFailure, type EnrollOutcome, normaliseCode } from '#app/sync/enroll.ts';

interface Props {
  /** The code from `/enroll?code=…`, if any. */
  initialCode?: string;
  onSubmit: (code: string) => Promise<EnrollOutcome>;
  onEnrolled: (outcome: Extract<EnrollOutcome, { ok: true }>) => void;
}

/** ABCDEFGH → ABCD-EFGH, easier to read back to the panitia. */
export const formatCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

export function EnrollForm({ initialCode, onSubmit, onEnrolled }: Props) {
  const t = useSyncT().sync;
  const linked = initialCode ? normaliseCode(initialCode) : undefined;
  const [text, setText] = useState(linked ? formatCode(linked) : (initialCode ?? ''));
  const [confirming, setConfirming] = useState(linked !== undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<EnrollFailure | null>(null);

  const submit = async (event?: Event) => {
    event?.preventDefault();
    if (busy) return;
    if (!normaliseCode(text)) {
      setFailure('invalid_code');
      return;
    }
    setBusy(true);
    setFailure(null);
    const outcome = await onSubmit(text);
    setBusy(false);
    if (outcome.ok) onEnrolled(outcome);
    else {
      setFailure(outcome.failure);
      setConfirming(false);
    }
  };

  // A typed code with a character codes never use is most likely a misread O/0 or I/1: say which.
  const ambiguous = failure === 'invalid_code' && /[01io]/i.test(text);
  const error = failure && (
    <p class="error-text" role="alert" data-testid="enroll-error" data-failure={failure}>
      {t.failure[failure]}
      {ambiguous && ` ${t.codeAmbiguous}`}
    </p>
  );

  if (confirming && linked) {
    return (
      <div class="enroll-confirm">
        <p class="enroll-confirm-question">{t.confirmFromLink(formatCode(linked))}</p>
        <div class="enroll-actions">
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void submit()}>
            {busy ? t.submitting : t.confirmYes}
          </button>
          <button type="button" class="btn" disabled={busy} onClick={() => setConfirming(false)}>
            {t.useOtherCode}
          </button>
        </div>
        {error}
      </div>
    );
  }

  return (
    <form class="enroll-form" onSubmit={(e) => void submit(e)} noValidate>
      <label for="enroll-code">{t.codeLabel}</label>
      <input
        id="enroll-code"
        type="text"
        class="enroll-code-input"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        maxLength={20}
        aria-describedby="enroll-code-hint"
        aria-invalid={failure === 'invalid_code'}
      />
      <p id="enroll-code-hint" class="muted">
        {t.codeHint}
      </p>
      <button type="submit" class="btn btn-primary" disabled={busy}>
        {busy ? t.submitting : t.submit}
      </button>
      {error}
    </form>
  );
}
