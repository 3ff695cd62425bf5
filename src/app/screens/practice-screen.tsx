/**
 * Route "/latihan": practice mode. A sample event with fictional practice jurors; scores stay on the
 * tablet. Not offered on an enrolled tablet, so practice never mixes with the official change log.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { JurorList } from '#app/components/juror/juror-list.tsx';
import { useCredential } from '#app/db/live-credential.ts';
import { startSession } from '#app/db/meta-repo.ts';
import { ensurePracticeEvent } from '#app/db/practice-event.ts';
import { useJurorT } from '#app/i18n/use-juror-t.ts';
import type { EventPackage } from '#shared/event.ts';
import '#app/styles/juror.css';

export function PracticeScreen() {
  const t = useJurorT();
  const credential = useCredential();
  if (credential === undefined) return <main class="page" aria-busy="true" />;
  if (credential) {
    return (
      <main class="page picker">
        <h1>{t.juror.practiceTitle}</h1>
        <p>{t.juror.practiceNotOffered}</p>
        <a class="btn" href="/">
          {t.common.toSchedule}
        </a>
      </main>
    );
  }
  return <PracticePicker />;
}

function PracticePicker() {
  const t = useJurorT();
  const { route } = useLocation();
  const [pkg, setPkg] = useState<EventPackage | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [startFailed, setStartFailed] = useState(false);

  useEffect(() => {
    let mounted = true;
    ensurePracticeEvent().then(
      (loaded) => mounted && setPkg(loaded),
      (error: unknown) => {
        console.error('practice event', error);
        if (mounted) setLoadFailed(true);
      },
    );
    return () => {
      mounted = false;
    };
  }, []);

  const choose = async (eventId: string, jurorId: string) => {
    setBusy(true);
    setStartFailed(false);
    try {
      await startSession(eventId, jurorId, 'demo');
      route('/');
    } catch (error) {
      console.error('start practice session', error);
      setStartFailed(true);
      setBusy(false);
    }
  };

  return (
    <main class="page picker">
      <h1>{t.juror.practiceTitle}</h1>
      <p>{t.juror.practiceIntro}</p>
      {startFailed && (
        <p class="error-text" role="alert">
          {t.juror.startFailed}
        </p>
      )}
      {loadFailed ? (
        <p class="error-text" role="alert">
          {t.juror.loadFailed}
        </p>
      ) : pkg ? (
        <>
          <p>{t.juror.practicePick}</p>
          <JurorList pkg={pkg} busy={busy} onChoose={(e, j) => void choose(e, j)} />
        </>
      ) : (
        <p class="muted">{t.juror.preparing}</p>
      )}
      <p class="picker-back">
        <a class="btn" href="/">
          {t.juror.backToEnroll}
        </a>
      </p>
    </main>
  );
}
