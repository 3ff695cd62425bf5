/**
 * Lembar Penilaian (route /nilai/:teamId): finds the session, event and team, and hands the sheet to
 * the editor; every other state gets a plain message and a way back.
 */
import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { PageMessage } from '#app/components/page-message.tsx';
import { useEventPackage, useSession } from '#app/db/live.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import { SheetEditor } from '#app/screens/sheet-editor.tsx';
import { useUi } from '#app/store/ui-store.ts';
import '#app/styles/sheet-header.css';
import '#app/styles/sheet.css';

export function ScoreSheetScreen() {
  const t = useSheetT();
  const teamId = useRoute().params.teamId ?? '';
  const setOpenSheet = useUi((s) => s.setOpenSheet);
  const session = useSession();
  const pkg = useEventPackage(session?.eventId);

  // The app-update flow must not reload while a sheet is open.
  useEffect(() => {
    setOpenSheet(teamId);
    return () => setOpenSheet(null);
  }, [teamId, setOpenSheet]);

  if (session === undefined || (session !== null && pkg === undefined))
    return <PageMessage message={t.common.loading} />;
  if (session === null) return <PageMessage message={t.sheet.noSession} link={t.sheet.pickJuror} />;
  if (session.pactAcceptedAt === null)
    return <PageMessage message={t.sheet.pactMissing} link={t.sheet.toPact} />;
  const team = pkg?.teams.find((candidate) => candidate.id === teamId);
  if (!pkg || !team) return <PageMessage message={t.sheet.teamNotFound} link={t.common.toSchedule} />;

  const sheetRef = { eventId: session.eventId, jurorId: session.jurorId, teamId };
  // Keyed so an edit reason never carries over to another team's sheet.
  return (
    <SheetEditor
      key={`${sheetRef.eventId}/${sheetRef.jurorId}/${teamId}`}
      pkg={pkg}
      team={team}
      sheetRef={sheetRef}
    />
  );
}
