/**
 * What changed when the organizer published a new event package ("Tim X pindah ke 10.40"), until the
 * juror dismisses it. Loaded lazily, only when there is a notice, with its own strings.
 */
import * as v from 'valibot';
import { formatDay } from '#app/components/schedule/day-label.ts';
import { dismissPackageNotice } from '#app/db/package-notice.ts';
import { PackageNoticeSchema } from '#app/db/package-update-repo.ts';
import packageNotice from '#app/i18n/dict/package-notice.ts';
import { areaHook, useLang } from '#app/i18n/index.ts';
import '#app/styles/package-notice.css';

const useNoticeT = areaHook('notice', packageNotice);

export function PackageNoticeBanner({ notice, eventId }: { notice: unknown; eventId: string }) {
  const t = useNoticeT();
  const lang = useLang();
  const parsed = v.safeParse(PackageNoticeSchema, notice);
  if (!parsed.success || parsed.output.eventId !== eventId) return null;
  const n = parsed.output;
  const when = (team: { day: string | null; start: string | null }) =>
    team.day && team.start ? `${formatDay(team.day, lang)} ${team.start.replace(':', '.')}` : t.notice.noSlot;
  const lines = n.refused
    ? [t.notice.refused]
    : [
        ...n.moved.map((team) => t.notice.moved(team.title, when(team))),
        ...n.added.map((team) => t.notice.added(team.title, when(team))),
        ...n.removed.map((team) => t.notice.removed(team.title)),
        ...(n.rubricChanged ? [t.notice.rubric] : []),
      ];
  if (lines.length === 0) return null;
  return (
    <section class="package-notice" role="status" data-testid="package-notice">
      <h2>{n.refused ? t.notice.refusedTitle : t.notice.title}</h2>
      <ul>
        {lines.slice(0, 6).map((line) => (
          <li key={line}>{line}</li>
        ))}
        {lines.length > 6 && <li>…</li>}
      </ul>
      <button type="button" class="btn" onClick={() => void dismissPackageNotice()}>
        {t.notice.dismiss}
      </button>
    </section>
  );
}
