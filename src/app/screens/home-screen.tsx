import { lazy } from 'preact-iso';
import { useHome } from '#app/db/live.ts';
import '#app/styles/schedule.css';
import { ScheduleScreen } from '#app/screens/schedule-screen.tsx';

// A juror meets enrollment and the pact once; the schedule every day. Only the schedule is in the
// first load, the other two come from the precache when needed.
const WelcomeScreen = lazy(() => import('#app/screens/welcome-screen.tsx').then((m) => m.WelcomeScreen));
const PactScreen = lazy(() => import('#app/screens/pact-screen.tsx').then((m) => m.PactScreen));

/** Route "/": a gate from enrollment (or practice) through the integrity pact to the schedule, the juror's home. */
export function HomeScreen() {
  const home = useHome();
  // An empty page for the few milliseconds IndexedDB takes beats flashing enrollment at a juror already in.
  if (home === undefined) return <main class="page" aria-busy="true" />;
  if (home === null) return <WelcomeScreen />;
  const { session, pkg, sheets } = home;
  if (session.pactAcceptedAt === null) return <PactScreen session={session} />;
  return <ScheduleScreen session={session} pkg={pkg} sheets={sheets} />;
}
