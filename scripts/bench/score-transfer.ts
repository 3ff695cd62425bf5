/**
 * Section `score-transfer`: how many QR codes a juror's whole event takes (46 teams × 5 criteria with
 * short notes, test/fixtures/juror-event.ts) and how big each is, for each way the tablet's sync
 * passes may have cut it into bundles; and the size of the `.juri` file itself.
 */
import { encode } from 'uqr';
import { transferPayload } from '../../src/app/export/transfer-codec.ts';
import { canonicalJson } from '../../src/shared/canonical.ts';
import { toFrames } from '../../src/shared/qr-frames.ts';
import { type Bundling, jurorEventFile } from '../../test/fixtures/juror-event.ts';
import type { Figure, SectionOutcome } from './figures.ts';
import { round } from './figures.ts';

const BUNDLINGS: { bundling: Bundling; label: string }[] = [
  { bundling: 'one', label: 'bundled at export' },
  { bundling: 'per-team', label: 'one bundle per team' },
  { bundling: 'three-per-team', label: 'three bundles per team' },
];

export async function measureScoreTransfer(): Promise<SectionOutcome> {
  const figures: Figure[] = [];
  for (const { bundling, label } of BUNDLINGS) {
    const file = await jurorEventFile(bundling);
    const payload = await transferPayload(file);
    const frames = await toFrames(payload);
    const largest = Math.max(...frames.map((f) => f.length));
    const code = encode(frames[0] ?? '', { ecc: 'M', border: 4 });
    const prefix = `${label} (${file.bundles.length} bundles, ${file.manifest.counts.changes} changes)`;
    figures.push(
      {
        name: `${prefix}: .juri file without sheets`,
        value: round(canonicalJson(file).length / 1024, 1),
        unit: 'KiB',
      },
      { name: `${prefix}: QR codes`, value: frames.length, unit: 'codes' },
      { name: `${prefix}: bytes per code (largest)`, value: largest, unit: 'B' },
      { name: `${prefix}: QR version (modules)`, value: `${code.version} (${code.size - 8})` },
    );
  }
  return { status: 'ok', figures };
}
