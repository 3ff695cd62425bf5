/**
 * The score file (#shared/score-file.ts) from what the tablet holds: the juror's bundles as signed,
 * the sheets, a manifest, and the file's own signature with the device secret. Written as canonical
 * JSON, the only form the organizer's import accepts.
 */
import type { ExportSource } from '#app/db/export-repo.ts';
import { canonicalJson } from '#shared/canonical.ts';
import {
  describeContents,
  SCORE_FILE_FORMAT,
  SCORE_FILE_VERSION,
  type ScoreFile,
  type ScoreFileScope,
  signScoreFile,
} from '#shared/score-file.ts';

type Signed = Extract<ExportSource, { kind: 'signed' }>;

// The same value as pwa/build-info.ts's APP_VERSION, read here so the export does not make that tiny
// module a chunk of its own (one more name in the juror's first load).
const APP_VERSION: string = typeof __JURI_VERSION__ === 'string' ? __JURI_VERSION__ : '0.0.0';

export interface BuildOptions {
  scope: ScoreFileScope;
  /** The QR transfer leaves the sheets out: the server replays them from the bundles anyway. */
  withSheets: boolean;
  now?: Date;
}

export async function buildScoreFile(source: Signed, options: BuildOptions): Promise<ScoreFile> {
  const { credential, pkg } = source;
  const bundles =
    options.scope === 'all' ? source.bundles : source.bundles.filter((b) => source.unsentIds.has(b.bundleId));
  const sheets = options.withSheets ? source.sheets : [];
  return signScoreFile(
    {
      format: SCORE_FILE_FORMAT,
      version: SCORE_FILE_VERSION,
      manifest: {
        eventId: credential.eventId,
        eventName: pkg.event.name,
        jurorId: credential.jurorId,
        jurorName: credential.jurorName,
        deviceId: credential.deviceId,
        createdAt: (options.now ?? new Date()).toISOString(),
        appVersion: APP_VERSION,
        scope: options.scope,
        ...describeContents(bundles, sheets.length, source.unbundled),
      },
      bundles,
      sheets,
    },
    credential.secret,
  );
}

export function scoreFileText(file: ScoreFile): string {
  return canonicalJson(file);
}

/** e.g. nilai-kipp-malang-2021-j1-20210317-1530.juri: sorts by time, says whose it is. */
export function exportFileName(eventId: string, jurorId: string, extension: string, at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `nilai-${eventId}-${jurorId}-${stamp}${extension}`;
}
