import { useEffect, useState } from 'preact/hooks';
import { DemoNotice } from '#app/components/juror/demo-notice.tsx';
import { JurorList } from '#app/components/juror/juror-list.tsx';
import type { Credential } from '#app/db/credential-repo.ts';
import { ensureDemoEvent } from '#app/db/events-repo.ts';
import { useCredential, useEvents } from '#app/db/live.ts';
import { startSession } from '#app/db/meta-repo.ts';
import { useT } from '#app/i18n/index.ts';
import '#app/styles/juror.css';

/** Local demo mode: the juror taps their name; enrollment by organizer code comes later. */
export function JurorPickerScreen() {
  const credential = useCredential();
  if (credential === undefined) return <main class="page picker" aria-busy="true" />;
  if (credential) return <EnrolledTablet credential={credential} />;
  return <DemoPicker />;
}

/**
 * An enrolled tablet belongs to one juror: offering demo jurors here would put practice changes into
 * the middle of the change log the server is receiving.
 */
function EnrolledTablet({ credential }: { credential: Credential }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const resume = () =>
    startSession(credential.eventId, credential.jurorId, 'enrolled').catch((error: unknown) => {
      console.error('resume session', error);
      setFailed(true);
    });
  return (
    <main class="page picker">
      <h1>{t.juror.enrolledTitle}</h1>
      <p>{t.juror.enrolledAs(credential.jurorName, credential.eventId)}</p>
      {failed && (
        <p class="error-text" role="alert">
          {t.juror.startFailed}
        </p>
      )}
      <button type="button" class="btn btn-primary" onClick={() => void resume()}>
        {t.juror.enrolledResume}
      </button>
      <p class="muted">{t.juror.enrolledNoDemo}</p>
    </main>
  );
}

function DemoPicker() {
  const t = useT();
  const events = useEvents()?.filter((row) => row.source === 'demo');
  const [demoFailed, setDemoFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const empty = events?.length === 0;

  // main.tsx loads the demo too, but this screen may open before that write lands, or after the demo
  // was removed; loading is idempotent. A tablet that already holds an event is left as it is.
  useEffect(() => {
    if (!empty) return;
    let mounted = true;
    ensureDemoEvent().catch((error: unknown) => {
      console.error('demo event', error);
      if (mounted) setDemoFailed(true);
    });
    return () => {
      mounted = false;
    };
  }, [empty]);

  const choose = async (eventId: string, jurorId: string) => {
    setBusy(true);
    setFailed(false);
    try {
      // The home gate follows the session row and moves on to the pact by itself.
      await startSession(eventId, jurorId, 'demo');
    } catch (error) {
      console.error('start session', error);
      setFailed(true);
      setBusy(false);
    }
  };

  const list = events ?? [];
  return (
    <main class="page picker">
      <h1>{t.juror.pickerTitle}</h1>
      <DemoNotice />
      <p>{t.juror.pickerIntro}</p>
      {failed && (
        <p class="error-text" role="alert">
          {t.juror.startFailed}
        </p>
      )}
      {empty && !demoFailed && <p class="muted">{t.juror.preparing}</p>}
      {empty && demoFailed && (
        <p class="error-text" role="alert">
          {t.juror.loadFailed}
        </p>
      )}
      {list.map((row) => (
        <JurorList key={row.id} pkg={row.pkg} busy={busy} onChoose={choose} />
      ))}
      <p class="picker-enroll">
        <span class="muted">{t.juror.enrollHint}</span>{' '}
        <a class="btn btn-quiet" href="/enroll">
          {t.juror.enrollLink}
        </a>
      </p>
    </main>
  );
}
