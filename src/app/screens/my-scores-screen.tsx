import { ExportLink } from '#app/components/export/export-link.tsx';
import { ProgressSummary } from '#app/components/schedule/progress-summary.tsx';
import { progressOf } from '#app/components/schedule/schedule-model.ts';
import { ScoreTable } from '#app/components/schedule/score-table.tsx';
import { useEventPackage, useSession, useSheets } from '#app/db/live.ts';
import type { Session } from '#app/db/meta-repo.ts';
import { useT } from '#app/i18n/index.ts';
import '#app/styles/schedule.css';
import '#app/styles/my-scores.css';

/** Route "/rekap": the juror's own scores for every team, in schedule order. */
export function MyScoresScreen() {
  const session = useSession();
  if (session === undefined) return <main class="page" aria-busy="true" />;
  if (!session?.pactAcceptedAt) return <NoTable missingEvent={false} />;
  // Mounted only once the session is known, so the live queries never show a previous query's answer.
  return <MyScores session={session} />;
}

function MyScores({ session }: { session: Session }) {
  const t = useT();
  const pkg = useEventPackage(session.eventId);
  const sheets = useSheets(session.eventId, session.jurorId);
  if (pkg === undefined || sheets === undefined) return <main class="page" aria-busy="true" />;
  if (pkg === null) return <NoTable missingEvent />;
  return (
    <main class="page my-scores">
      <h1>{t.schedule.myScoresTitle}</h1>
      <p class="muted">{t.schedule.myScoresIntro}</p>
      <ProgressSummary progress={progressOf(pkg, sheets)} />
      <ScoreTable pkg={pkg} sheets={sheets} />
      <p class="my-scores-export">
        <ExportLink />
      </p>
    </main>
  );
}

function NoTable({ missingEvent }: { missingEvent: boolean }) {
  const t = useT();
  return (
    <main class="page">
      <h1>{t.schedule.myScoresTitle}</h1>
      <p>{missingEvent ? t.schedule.eventMissing : t.schedule.noSession}</p>
      <a class="btn" href="/">
        {t.schedule.toPicker}
      </a>
    </main>
  );
}
