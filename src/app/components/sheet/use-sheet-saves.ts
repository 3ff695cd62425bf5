/**
 * The sheet's repository calls, each run through the save tracker so the header tells the truth.
 * The callbacks stay the same functions across renders (the rows are memo-friendly) and read the
 * sheet reference and edit reason of the moment through a ref.
 */
import { useCallback, useRef } from 'preact/hooks';
import type { SaveTracker } from '#app/components/sheet/use-save-tracker.ts';
import { type SheetRef, saveComment, saveNote, saveScore } from '#app/db/sheets-repo.ts';

export interface SheetSaves {
  /** A score, or null to clear it. */
  onScore: (criterionId: string, value: number | null) => void;
  onNoteSave: (criterionId: string, text: string) => void;
  onNoteWaiting: (criterionId: string) => void;
  onComment: (text: string) => void;
  onCommentWaiting: () => void;
  /** A status change (finalise, conflict, withdraw), tracked like any save. */
  onStatus: (run: () => Promise<unknown>) => void;
}

export function useSheetSaves(
  sheetRef: SheetRef,
  reason: string | undefined,
  tracker: SaveTracker,
): SheetSaves {
  const { track, markWaiting } = tracker;
  const current = useRef({ sheetRef, reason });
  current.current = { sheetRef, reason };

  const onScore = useCallback(
    (id: string, value: number | null) =>
      void track(`score:${id}`, () => saveScore(current.current.sheetRef, id, value, current.current.reason)),
    [track],
  );
  const onNoteSave = useCallback(
    (id: string, text: string) =>
      void track(`note:${id}`, () => saveNote(current.current.sheetRef, id, text, current.current.reason)),
    [track],
  );
  const onNoteWaiting = useCallback((id: string) => markWaiting(`note:${id}`), [markWaiting]);
  const onComment = useCallback(
    (text: string) =>
      void track('comment', () => saveComment(current.current.sheetRef, text, current.current.reason)),
    [track],
  );
  const onCommentWaiting = useCallback(() => markWaiting('comment'), [markWaiting]);
  const onStatus = useCallback((run: () => Promise<unknown>) => void track('status', run), [track]);

  return { onScore, onNoteSave, onNoteWaiting, onComment, onCommentWaiting, onStatus };
}
