/**
 * Route "/" without a session: a fresh tablet meets enrollment first (with practice mode behind its
 * own button); an enrolled tablet whose session ended goes on as its juror.
 */
import { useLocation } from 'preact-iso';
import { EnrollStart } from '#app/components/enroll/enroll-start.tsx';
import { EnrolledTablet } from '#app/components/juror/enrolled-tablet.tsx';
import { useCredential } from '#app/db/live-credential.ts';
import '#app/styles/juror.css';

export function WelcomeScreen() {
  const credential = useCredential();
  const { route } = useLocation();
  if (credential === undefined) return <main class="page" aria-busy="true" />;
  if (credential) return <EnrolledTablet credential={credential} />;
  return (
    <main class="page enroll-page">
      <EnrollStart onEnrolled={() => route('/')} />
    </main>
  );
}
