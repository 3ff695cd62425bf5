/**
 * "The rest after paint": the service-worker registration, the connection probe, the upload
 * machinery and the app bar's IndexedDB-backed badges wait until the first real screen is on the
 * glass (a <main> that is no longer busy), so a juror reopening the app offline sees the schedule
 * before any of them loads or reads. A fallback timer starts them anyway should no such screen come.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const FALLBACK_MS = 3_000;

let shown = false;
const listeners = new Set<() => void>();

/** Runs `run` once the first screen has been painted (or after the fallback delay). */
export function afterFirstScreen(run: () => void, root: ParentNode = document): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    clearTimeout(fallback);
    // The frame with the screen is painted first; then the deferred work gets the main thread.
    requestAnimationFrame(() =>
      setTimeout(() => {
        shown = true;
        for (const listener of listeners) listener();
        run();
      }, 0),
    );
  };
  const ready = () => root.querySelector('main:not([aria-busy])') !== null;
  const observer = new MutationObserver(() => {
    if (ready()) start();
  });
  const fallback = setTimeout(start, FALLBACK_MS);
  observer.observe(root, { childList: true, subtree: true });
  if (ready()) start();
}

/** Whether the first screen has been painted; components that can wait render later. */
export function useFirstScreenShown(): boolean {
  const [value, setValue] = useState(shown);
  useEffect(() => {
    if (shown) {
      setValue(true);
      return;
    }
    const listener = () => setValue(true);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return value;
}

/** A component loaded (from the precache) only once the first screen is painted; null until then. */
export function useLateComponent<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const shownNow = useFirstScreenShown();
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the loader is fixed per call site
  useEffect(() => {
    if (!shownNow) return;
    let mounted = true;
    load().then(
      (loaded) => mounted && setComponent(() => loaded),
      (error: unknown) => console.error('late component', error),
    );
    return () => {
      mounted = false;
    };
  }, [shownNow]);
  return component;
}
