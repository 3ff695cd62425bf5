import { useState } from 'preact/hooks';
import { PactText } from '#app/components/juror/pact-text.tsx';
import { useEventPackage } from '#app/db/live.ts';
import { acceptPact, endSession, type Session } from '#app/db/meta-repo.ts';
import { useJurorT } from '#app/i18n/use-juror-t.ts';
import '#app/styles/juror.css';

/** The integrity pact, acknowledged once per session before the first score. */
export function PactScreen({ session }: { session: Session }) {
  const t = useJurorT();
  const pkg = useEventPackage(session.eventId);
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  if (pkg === undefined) return <main class="page" aria-busy="true" />;
  const jurorName = pkg?.jurors.find((j) => j.id === session.jurorId)?.name ?? session.jurorId;
  const eventName = pkg?.event.name ?? session.eventId;

  // Both actions change the session row; the home gate re-renders from it, so no navigation here.
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailed(false);
    try {
      await action();
    } catch (error) {
      console.error('pact', error);
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <main class="page pact">
      <h1>{t.juror.pactTitle}</h1>
      <form
        class="card pact-card"
        onSubmit={(event) => {
          event.preventDefault();
          if (agreed) void run(() => acceptPact());
        }}
      >
        <PactText jurorName={jurorName} eventName={eventName} />
        <label class="check">
          <input
            type="checkbox"
            checked={agreed}
            onChange={(event) => setAgreed(event.currentTarget.checked)}
          />
          <span>{t.juror.pactCheck}</span>
        </label>
        {failed && (
          <p class="error-text" role="alert">
            {t.juror.pactFailed}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={!agreed || busy}>
            {t.juror.pactAccept}
          </button>
          {session.mode === 'demo' && (
            <button type="button" class="btn" disabled={busy} onClick={() => void run(endSession)}>
              {t.juror.pactSwitch}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
