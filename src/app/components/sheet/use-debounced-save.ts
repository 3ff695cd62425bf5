/**
 * Text that saves itself: debounced while typing, at once on blur, and on unmount or when the page is
 * hidden, so nothing typed is lost when the juror navigates away or the tablet sleeps.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export const TEXT_SAVE_DELAY_MS = 800;

export interface DebouncedText {
  text: string;
  input: (value: string) => void;
  focus: () => void;
  blur: () => void;
}

/** `onSave` makes one repository call; `onWaiting` says typed text is waiting for it. */
export function useDebouncedSave(
  saved: string,
  onSave: (text: string) => void,
  onWaiting: () => void,
): DebouncedText {
  const [text, setText] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsent = useRef<string | null>(null);
  const focused = useRef(false);
  // The latest callback carries the latest edit reason; a flush on unmount must use it, not a stale one.
  const save = useRef(onSave);
  save.current = onSave;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const value = unsent.current;
    unsent.current = null;
    if (value !== null) save.current(value);
  }, []);

  // Take the stored value when it changes, unless the juror is in the middle of typing.
  useEffect(() => {
    if (!focused.current && unsent.current === null) setText(saved);
  }, [saved]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const input = useCallback(
    (value: string) => {
      setText(value);
      unsent.current = value;
      onWaiting();
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, TEXT_SAVE_DELAY_MS);
    },
    [flush, onWaiting],
  );

  const focus = useCallback(() => {
    focused.current = true;
  }, []);

  const blur = useCallback(() => {
    focused.current = false;
    flush();
  }, [flush]);

  return { text, input, focus, blur };
}
