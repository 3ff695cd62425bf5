import { useSession } from '../db/live.ts';
import '../styles/schedule.css';
import { JurorPickerScreen } from './juror-picker-screen.tsx';
import { PactScreen } from './pact-screen.tsx';
import { ScheduleScreen } from './schedule-screen.tsx';

/** Route "/": a gate from juror choice through the integrity pact to the schedule, the juror's home. */
export function HomeScreen() {
  const session = useSession();
  // An empty page for the few milliseconds IndexedDB takes beats flashing the picker at a juror already in.
  if (session === undefined) return <main class="page" aria-busy="true" />;
  if (session === null) return <JurorPickerScreen />;
  if (session.pactAcceptedAt === null) return <PactScreen session={session} />;
  return <ScheduleScreen session={session} />;
}
