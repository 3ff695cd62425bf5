/**
 * One team, one screen: the score sheet itself. Every tap is one repository call; what the screen
 * shows as scored, final or in conflict is read back from IndexedDB (live), never assumed from the tap.
 */

import { useCallback, useRef, useState } from 'preact/hooks';
import { PageMessage } from '#app/components/page-message.tsx';
import { CommentField } from '#app/components/sheet/comment-field.tsx';
import { ConflictBanner } from '#app/components/sheet/conflict-banner.tsx';
import { CriterionRow } from '#app/components/sheet/criterion-row.tsx';
import { FinalBanner } from '#app/components/sheet/final-banner.tsx';
import { FinaliseDialog } from '#app/components/sheet/finalise-dialog.tsx';
import { ReasonDialog } from '#app/components/sheet/reason-dialog.tsx';
import { SheetActions } from '#app/components/sheet/sheet-actions.tsx';
import { SheetHeader } from '#app/components/sheet/sheet-header.tsx';
import { TeamSummary } from '#app/components/sheet/team-summary.tsx';
import { useAppBarHeight } from '#app/components/sheet/use-app-bar-height.ts';
import { type SaveFailure, useSaveTracker } from '#app/components/sheet/use-save-tracker.ts';
import { ChangeRejectedError } from '#app/db/errors.ts';
import { useSheet } from '#app/db/live.ts';
import {
  declareConflict,
  finaliseSheet,
  type SheetRef,
  saveComment,
  saveNote,
  saveScore,
  withdrawConflict,
} from '#app/db/sheets-repo.ts';
import { useLang } from '#app/i18n/index.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';
import type { EventPackage, Team } from '#shared/event.ts';
import { localeTag } from '#shared/locale.ts';
import { formatTotal, weightedTotal } from '#shared/scoring.ts';

type OpenDialog = 'finalise' | 'change' | 'conflict' | 'withdraw' | null;

interface EditorProps {
  pkg: EventPackage;
  team: Team;
  sheetRef: SheetRef;
}

export function SheetEditor({ pkg, team, sheetRef }: EditorProps) {
  const t = useSheetT();
  const lang = useLang();
  const sheet = useSheet(sheetRef);
  const tracker = useSaveTracker(describeSaveError);
  const { track, markWaiting } = tracker;
  const appBarHeight = useAppBarHeight();
  const [editReason, setEditReason] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  const status = sheet?.status ?? 'draft';
  // Every change to a final sheet carries the reason given on this visit; the repository insists.
  const reason = status === 'final' ? (editReason ?? undefined) : undefined;
  const commentWaiting = useCallback(() => markWaiting('comment'), [markWaiting]);
  // Row callbacks stay the same functions across renders; they read the sheet reference and the
  // edit reason of the moment through a ref.
  const current = useRef({ sheetRef, reason });
  current.current = { sheetRef, reason };
  const onScore = useCallback(
    (id: string, value: number) =>
      void track(`score:${id}`, () => saveScore(current.current.sheetRef, id, value, current.current.reason)),
    [track],
  );
  const onNoteSave = useCallback(
    (id: string, text: string) =>
      void track(`note:${id}`, () => saveNote(current.current.sheetRef, id, text, current.current.reason)),
    [track],
  );
  const onNoteWaiting = useCallback((id: string) => markWaiting(`note:${id}`), [markWaiting]);

  if (sheet === undefined) return <PageMessage message={t.common.loading} />;

  const { criteria } = pkg.rubric;
  const scores = sheet?.scores ?? {};
  const notes = sheet?.notes ?? {};
  const total = weightedTotal(pkg.rubric, scores);
  const locked = status === 'coi' || (status === 'final' && editReason === null);
  const weights = weightPercents(pkg, lang);
  const slot = pkg.slots.find((s) => s.teamId === team.id);
  const closeThen = (run: () => Promise<unknown>) => {
    setDialog(null);
    void track('status', run);
  };

  return (
    <main class="page sheet-page">
      <SheetHeader
        team={team}
        slot={slot}
        status={status}
        total={total}
        criteriaCount={criteria.length}
        saveState={tracker.state}
        onDismissError={tracker.dismiss}
        top={appBarHeight}
      />
      {status === 'final' && (
        <FinalBanner
          editReason={editReason}
          onChange={() => setDialog('change')}
          onDone={() => setEditReason(null)}
        />
      )}
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
            locked={locked}
            onScore={onScore}
            onNoteSave={onNoteSave}
            onNoteWaiting={onNoteWaiting}
          />
        ))}
      </div>

      {/* Below the rows: on a landscape tablet the five criteria come first and fit without scrolling. */}
      <TeamSummary team={team} />
      <CommentField
        saved={sheet?.comment ?? ''}
        readOnly={locked}
        onSave={(text) => void track('comment', () => saveComment(sheetRef, text, reason))}
        onWaiting={commentWaiting}
      />
      <SheetActions
        status={status}
        onFinalise={() => setDialog('finalise')}
        onConflict={() => setDialog('conflict')}
      />

      {dialog === 'finalise' && (
        <FinaliseDialog
          emptyCriteria={criteria.filter((c) => scores[c.id] === undefined).map((c) => c.name[lang])}
          criteriaCount={criteria.length}
          total={formatTotal(total.total, lang)}
          onConfirm={() => closeThen(() => finaliseSheet(sheetRef))}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'change' && (
        <ReasonDialog
          title={t.sheet.changeTitle}
          explain={t.sheet.changeExplain}
          confirmLabel={t.sheet.continue}
          onConfirm={(given) => {
            setEditReason(given);
            setDialog(null);
          }}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'conflict' && (
        <ReasonDialog
          title={t.sheet.coiTitle}
          explain={t.sheet.coiExplain}
          confirmLabel={t.sheet.coiConfirm}
          danger
          onConfirm={(given) => closeThen(() => declareConflict(sheetRef, given))}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'withdraw' && (
        <ReasonDialog
          title={t.sheet.coiWithdrawTitle}
          explain={t.sheet.coiWithdrawExplain}
          confirmLabel={t.sheet.coiWithdrawConfirm}
          onConfirm={(given) => closeThen(() => withdrawConflict(sheetRef, given))}
          onCancel={() => setDialog(null)}
        />
      )}
    </main>
  );
}

/** Relative weights as percentages, or nothing when all weights are equal (then they say nothing). */
function weightPercents(pkg: EventPackage, lang: 'id' | 'en'): Map<string, string> {
  const { criteria } = pkg.rubric;
  if (new Set(criteria.map((c) => c.weight)).size <= 1) return new Map();
  const sum = criteria.reduce((acc, c) => acc + c.weight, 0);
  const format = (share: number) => share.toLocaleString(localeTag(lang), { maximumFractionDigits: 1 });
  return new Map(criteria.map((c) => [c.id, `${format((c.weight / sum) * 100)}%`]));
}

function describeSaveError(error: unknown): SaveFailure {
  if (error instanceof ChangeRejectedError)
    return { kind: 'rejected', code: error.reason.code, message: error.reason.message };
  // IndexedDB fails with DOMExceptions (QuotaExceededError, …), which are not Errors in every realm.
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return { kind: 'storage', name: error.name, message: String(error) };
  }
  return { kind: 'storage', name: 'Error', message: String(error) };
}
