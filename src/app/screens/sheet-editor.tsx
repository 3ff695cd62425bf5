/**
 * One team, one screen: the score sheet itself, composed from its parts. Every tap is one repository
 * call (use-sheet-saves); what the screen shows as scored, final or in conflict is read back from
 * IndexedDB (live), never assumed from the tap.
 */

import { useState } from 'preact/hooks';
import { PageMessage } from '#app/components/page-message.tsx';
import { teamsInScheduleOrder } from '#app/components/schedule/schedule-model.ts';
import { CommentField } from '#app/components/sheet/comment-field.tsx';
import { ConflictBanner } from '#app/components/sheet/conflict-banner.tsx';
import { CriterionRow } from '#app/components/sheet/criterion-row.tsx';
import { describeSaveError } from '#app/components/sheet/describe-save-error.ts';
import { nextTeamToScore } from '#app/components/sheet/next-team.ts';
import { ScaleNote } from '#app/components/sheet/scale-note.tsx';
import { SheetActionBar } from '#app/components/sheet/sheet-action-bar.tsx';
import { type SheetDialog, SheetDialogs } from '#app/components/sheet/sheet-dialogs.tsx';
import { SheetHeader } from '#app/components/sheet/sheet-header.tsx';
import { TeamSummary } from '#app/components/sheet/team-summary.tsx';
import { useAppBarHeight } from '#app/components/sheet/use-app-bar-height.ts';
import { useEditReason } from '#app/components/sheet/use-edit-reason.ts';
import { useSaveTracker } from '#app/components/sheet/use-save-tracker.ts';
import { useSheetSaves } from '#app/components/sheet/use-sheet-saves.ts';
import { weightLabels } from '#app/components/sheet/weight-labels.ts';
import { useSheet, useSheets } from '#app/db/live.ts';
import type { SheetRef } from '#app/db/sheets-repo.ts';
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { EventPackage, Team } from '#shared/event.ts';
import { weightedTotal } from '#shared/scoring.ts';

interface EditorProps {
  pkg: EventPackage;
  team: Team;
  sheetRef: SheetRef;
}

export function SheetEditor({ pkg, team, sheetRef }: EditorProps) {
  const t = useSheetT();
  const lang = useLang();
  const sheet = useSheet(sheetRef);
  const sheets = useSheets(sheetRef.eventId, sheetRef.jurorId);
  const tracker = useSaveTracker(describeSaveError);
  const status = sheet?.status ?? 'draft';
  const edit = useEditReason(status);
  const saves = useSheetSaves(sheetRef, edit.reason, tracker);
  const appBarHeight = useAppBarHeight();
  const [dialog, setDialog] = useState<SheetDialog>(null);

  if (sheet === undefined) return <PageMessage message={t.common.loading} />;

  const { criteria } = pkg.rubric;
  const scores = sheet?.scores ?? {};
  const notes = sheet?.notes ?? {};
  const total = weightedTotal(pkg.rubric, scores);
  const weights = weightLabels(criteria, lang);
  const slot = pkg.slots.find((s) => s.teamId === team.id);
  const statuses = new Map((sheets ?? []).map((s) => [s.teamId, s.status]));
  const nextId = nextTeamToScore(
    teamsInScheduleOrder(pkg).map((entry) => entry.team.id),
    team.id,
    (id) => statuses.get(id) ?? 'none',
  );

  return (
    <main class="page sheet-page">
      <SheetHeader
        eventId={sheetRef.eventId}
        team={team}
        slot={slot}
        status={status}
        total={total}
        criteriaCount={criteria.length}
        saveState={tracker.state}
        onDismissError={tracker.dismiss}
        top={appBarHeight}
      />
      <ScaleNote criteria={criteria} />
      {status === 'coi' && (
        <ConflictBanner reason={sheet?.coiReason ?? null} onWithdraw={() => setDialog('withdraw')} />
      )}

      <div class="criteria">
        {criteria.map((c) => (
          <CriterionRow
            key={c.id}
            criterion={c}
            weightPercent={weights.get(c.id) ?? null}
            value={scores[c.id]}
            note={notes[c.id] ?? ''}
            locked={edit.locked}
            clearable={status === 'draft'}
            onScore={saves.onScore}
            onNoteSave={saves.onNoteSave}
            onNoteWaiting={saves.onNoteWaiting}
          />
        ))}
      </div>

      {/* Below the rows: on a landscape tablet the five criteria come first and fit without scrolling. */}
      <TeamSummary team={team} />
      <CommentField
        saved={sheet?.comment ?? ''}
        readOnly={edit.locked}
        onSave={saves.onComment}
        onWaiting={saves.onCommentWaiting}
      />
      <SheetActionBar
        status={status}
        editReason={edit.given}
        nextTeam={pkg.teams.find((candidate) => candidate.id === nextId)}
        onFinalise={() => setDialog('finalise')}
        onConflict={() => setDialog('conflict')}
        onChange={() => setDialog('change')}
        onDoneEditing={edit.stop}
      />
      <SheetDialogs
        open={dialog}
        sheetRef={sheetRef}
        criteria={criteria}
        scores={scores}
        total={total}
        onClose={() => setDialog(null)}
        onStartEditing={edit.start}
        onStatus={saves.onStatus}
      />
    </main>
  );
}
