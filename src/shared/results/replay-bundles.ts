/**
 * Rebuilds the score sheets from the accepted bundles alone — their change logs, not the materialised
 * sheets — with the tablet's and the server's own `validateChange`/`applyChange`. The bundles may come
 * in any order: they are replayed in the order the server accepted them (received time, then device,
 * then seq), which is the order it materialised them in. Each device's bundles must join up (seq and
 * hash chain): a gap means evidence is missing, and the replay says so instead of ranking without it.
 * The sheets are private to the replay until it returns, so each change is written into its sheet in
 * place (writeChange: applyChange without the copy).
 */
import type { ScoreBundle } from '#shared/bundle.ts';
import type { EventPackage } from '#shared/event.ts';
import { applyChange, type ScoreSheet, validateChange, writeChange } from '#shared/sheet.ts';

export interface AcceptedBundle {
  bundle: ScoreBundle;
  /** The content hash the server's receipt carries (and the device's next bundle its prevHash). */
  hash: string;
  receivedAt: string;
  /** SHA-256 of this bundle's canonical JSON, when whoever read it has already computed it. */
  contentHash?: string;
}

export interface ReplayProblem {
  /** The team the refused change was for; null when the bundle itself does not fit. */
  teamId: string | null;
  jurorId: string;
  bundleId: string;
  message: string;
}

export type ReplayedSheets = { ok: true; sheets: ScoreSheet[] } | { ok: false; problem: ReplayProblem };

export function replayBundles(pkg: EventPackage, accepted: readonly AcceptedBundle[]): ReplayedSheets {
  const teams = new Set(pkg.teams.map((t) => t.id));
  // juror → team → sheet: nested maps, so no key string is built per change (165,000 at national scale).
  const sheets = new Map<string, Map<string, ScoreSheet>>();
  const lastOfDevice = new Map<string, AcceptedBundle>();
  for (const entry of [...accepted].sort(byAcceptance)) {
    const { bundle } = entry;
    if (bundle.eventId !== pkg.event.id)
      return refuse(bundle, null, `bundel milik acara lain (${bundle.eventId})`);
    const previous = lastOfDevice.get(bundle.deviceId);
    if (previous && bundle.fromSeq !== previous.bundle.toSeq + 1) {
      const gap = `urutan perangkat terputus: seq ${previous.bundle.toSeq} lalu ${bundle.fromSeq}`;
      return refuse(bundle, null, gap);
    }
    if (previous && bundle.prevHash !== previous.hash)
      return refuse(bundle, null, 'rantai hash perangkat terputus');
    lastOfDevice.set(bundle.deviceId, entry);

    for (const change of bundle.changes) {
      if (!teams.has(change.teamId))
        return refuse(
          bundle,
          change.teamId,
          `seq ${change.seq}: peserta "${change.teamId}" tidak ada di acara ini`,
        );
      let ofJuror = sheets.get(change.jurorId);
      if (!ofJuror) {
        ofJuror = new Map();
        sheets.set(change.jurorId, ofJuror);
      }
      const sheet = ofJuror.get(change.teamId);
      const error = validateChange(pkg.rubric, sheet, change);
      if (error) return refuse(bundle, change.teamId, `seq ${change.seq}: ${error.code}: ${error.message}`);
      // The first change makes the sheet (fresh maps, owned here); later ones are written into it.
      if (sheet) writeChange(sheet, change);
      else ofJuror.set(change.teamId, applyChange(undefined, change));
    }
  }
  return { ok: true, sheets: [...sheets.values()].flatMap((ofJuror) => [...ofJuror.values()]) };
}

function refuse(bundle: AcceptedBundle['bundle'], teamId: string | null, message: string): ReplayedSheets {
  return { ok: false, problem: { teamId, jurorId: bundle.jurorId, bundleId: bundle.bundleId, message } };
}

function byAcceptance(a: AcceptedBundle, b: AcceptedBundle): number {
  return (
    compareText(a.receivedAt, b.receivedAt) ||
    compareText(a.bundle.deviceId, b.bundle.deviceId) ||
    a.bundle.fromSeq - b.bundle.fromSeq
  );
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
