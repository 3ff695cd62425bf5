import { useState } from 'preact/hooks';
import { lazy, useLocation } from 'preact-iso';
import { DayTabs } from '#app/components/schedule/day-tabs.tsx';
import { ProgressSummary } from '#app/components/schedule/progress-summary.tsx';
import { defaultDay, slotTiming } from '#app/components/schedule/schedule-clock.ts';
import { ScheduleHeader } from '#app/components/schedule/schedule-header.tsx';
import { ScheduleList } from '#app/components/schedule/schedule-list.tsx';
import { progressOf, rowsForDay } from '#app/components/schedule/schedule-model.ts';
import { useNow } from '#app/components/schedule/use-now.ts';
import { endSession, type Session } from '#app/db/meta-repo.ts';
import { usePackageNotice } from '#app/db/package-notice.ts';
import { useT } from '#app/i18n/index.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ScoreSheet } from '#shared/sheet.ts';
import '#app/styles/schedule.css';

const PANEL_ID = 'schedule-day';
// Only a tablet that received a changed schedule needs the banner: it loads then, with its strings.
const PackageNoticeBanner = lazy(() =>
  import('#app/components/schedule/package-notice-banner.tsx').then((m) => m.PackageNoticeBanner),
);

interface Props {
  session: Session;
  /** The session's event, read live by the home screen; null when it is not on the tablet. */
  pkg: EventPackage | null;
  /** The juror's sheets, read live with it. */
  sheets: readonly ScoreSheet[];
  /** A fixed time for tests; the screen follows the clock otherwise. */
  now?: Date;
}

/** The juror's home: one day's teams in order, each with its status, the slot on now highlighted. */
export function ScheduleScreen({ session, pkg, sheets, now: fixedNow }: Props) {
  const t = useT();
  const liveNow = useNow();
  const now = fixedNow ?? liveNow;
  const notice = usePackageNotice();
  const { query, route } = useLocation();
  const [switchFailed, setSwitchFailed] = useState(false);

  const switchJuror =
    session.mode === 'demo' ? () => void endSession().catch(() => setSwitchFailed(true)) : undefined;

  if (pkg === null) {
    return (
      <main class="page">
        <p>{t.schedule.eventMissing}</p>
        {switchJuror && (
          <button type="button" class="btn" onClick={switchJuror}>
            {t.schedule.leavePractice}
          </button>
        )}
      </main>
    );
  }

  const { days, timezone } = pkg.event;
  // The chosen day lives in the URL, so coming back from a score sheet returns to the same day.
  const requested = query.hari;
  const day = requested && days.includes(requested) ? requested : (defaultDay(days, now, timezone) ?? '');
  const jurorName = pkg.jurors.find((j) => j.id === session.jurorId)?.name ?? session.jurorId;

  return (
    <main class="page schedule">
      <ScheduleHeader
        jurorName={jurorName}
        eventName={pkg.event.name}
        onSwitch={switchJuror}
        switchFailed={switchFailed}
      />
      <h1>{t.schedule.title}</h1>
      {notice ? <PackageNoticeBanner notice={notice} eventId={session.eventId} /> : null}
      <ProgressSummary progress={progressOf(pkg, sheets)} />
      <DayTabs days={days} selected={day} panelId={PANEL_ID} onSelect={(d) => route(`/?hari=${d}`, true)} />
      <ScheduleList
        key={day}
        id={PANEL_ID}
        day={day}
        rows={rowsForDay(pkg, sheets, day)}
        timing={slotTiming(pkg.slots, now, timezone)}
      />
    </main>
  );
}
