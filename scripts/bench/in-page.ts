/**
 * Code that runs inside the benchmarked page (passed to page.evaluate, so each function must be
 * self-contained). Timing happens in the page, so Playwright's round trips are not in the figures.
 */

interface PendingTap {
  button: Element;
  startedAt: number;
  sawUnsaved: boolean;
  savedAt: number | null;
  pressedAt: number | null;
  committedAt: number | null;
}

interface BenchProbe {
  pending: PendingTap | null;
  /** ms from the tap's click event to "Tersimpan"/"Saved" shown again, one per completed tap. */
  saves: number[];
  /** ms from the same click to the repository's commit mark (IndexedDB `complete`). */
  commits: number[];
  /** ms from the same click until the tapped button also shows as chosen (aria-pressed, read back live). */
  shown: number[];
}

declare global {
  interface Window {
    __juriBench?: BenchProbe;
  }
}

/**
 * Starts timing every tap on a score button: the clock starts in a capture-phase click listener
 * (before the app's own handler) and stops when the save state, having left "saved", reads
 * "Tersimpan"/"Saved" again: the change is committed and on screen. A second clock stops when the
 * tapped button is also marked chosen, which the sheet reads back from IndexedDB.
 */
export function installTapProbe(): void {
  const probe: BenchProbe = { pending: null, saves: [], commits: [], shown: [] };
  window.__juriBench = probe;
  const saved = /\b(Tersimpan|Saved)\b/;
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('[data-score-value]') : null;
      if (button)
        probe.pending = {
          button,
          startedAt: performance.now(),
          sawUnsaved: false,
          savedAt: null,
          pressedAt: null,
          committedAt: null,
        };
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const tap = probe.pending;
    if (!tap) return;
    const now = performance.now();
    const text = document.querySelector('[data-testid="save-state"]')?.textContent ?? '';
    if (!saved.test(text)) tap.sawUnsaved = true;
    else if (tap.sawUnsaved) tap.savedAt ??= now;
    if (tap.button.isConnected && tap.button.getAttribute('aria-pressed') === 'true') tap.pressedAt ??= now;
    if (tap.savedAt !== null && tap.pressedAt !== null) {
      probe.saves.push(tap.savedAt - tap.startedAt);
      probe.commits.push((tap.committedAt ?? Number.NaN) - tap.startedAt);
      probe.shown.push(Math.max(tap.savedAt, tap.pressedAt) - tap.startedAt);
      probe.pending = null;
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  // The app marks 'juri:change-committed' (src/app/db/sheets-repo.ts) when IndexedDB reports complete.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('juri:change-committed')) {
      if (probe.pending && probe.pending.committedAt === null) probe.pending.committedAt = entry.startTime;
    }
  }).observe({ type: 'mark' });
}

export function completedTaps(): number {
  return window.__juriBench?.saves.length ?? 0;
}

export function tapSamples(): { saves: number[]; commits: number[]; shown: number[] } {
  const probe = window.__juriBench;
  return { saves: probe?.saves ?? [], commits: probe?.commits ?? [], shown: probe?.shown ?? [] };
}

/** A sheet row as stored, untouched, beside its key. */
export interface SheetRow {
  key: [eventId: string, jurorId: string, teamId: string];
  row: Record<string, unknown>;
}

/** The app's own rows, read with the raw API: the latest sheet of a team and the change-log size. */
export async function readAppRows(teamId: string): Promise<{ sheet: SheetRow | null; changes: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('juri');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const tx = db.transaction(['sheets', 'changes'], 'readonly');
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [sheets, changes]: [unknown[], number] = await Promise.all([
      read(tx.objectStore('sheets').getAll()),
      read(tx.objectStore('changes').count()),
    ]);
    for (const row of sheets) {
      if (typeof row !== 'object' || row === null || !('teamId' in row) || row.teamId !== teamId) continue;
      if (
        !('eventId' in row) ||
        typeof row.eventId !== 'string' ||
        !('jurorId' in row) ||
        typeof row.jurorId !== 'string'
      )
        continue;
      return { sheet: { key: [row.eventId, row.jurorId, teamId], row: { ...row } }, changes };
    }
    return { sheet: null, changes };
  } finally {
    db.close();
  }
}
