/**
 * An enrolled tablet belongs to one juror. Without a session (it was ended) it offers only to go on as
 * that juror: offering practice here would put practice changes into the middle of the change log the
 * server is receiving.
 */
import { useState } from 'preact/hooks';
import type { Credential } from '#app/db/credential-repo.ts';
import { startSession } from '#app/db/meta-repo.ts';
import { useJurorT } from '#app/i18n/use-juror-t.ts';

export function EnrolledTablet({ credential }: { credential: Credential }) {
  const t = useJurorT();
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
      <p class="muted">{t.juror.practiceNotOffered}</p>
    </main>
  );
}
