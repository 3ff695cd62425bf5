/** Every bench section, in the order they run and print. */
import { measureBundleSize } from './bundle-size.ts';
import { measureConsole } from './console.ts';
import type { Section } from './figures.ts';
import { offlineColdStartSection, syncSection } from './optional-sections.ts';
import { measureResultsRecompute } from './results/recompute.ts';
import { measureResultsReplay } from './results/replay.ts';
import { measureSaveLatency } from './save-latency.ts';
import { measureScoreTransfer } from './score-transfer.ts';

export const SECTIONS: readonly Section[] = [
  { name: 'bundle-size', run: measureBundleSize },
  { name: 'console', run: measureConsole },
  { name: 'save-latency', run: measureSaveLatency },
  offlineColdStartSection,
  syncSection,
  { name: 'results-recompute', run: measureResultsRecompute },
  { name: 'results-replay', run: measureResultsReplay },
  { name: 'score-transfer', run: measureScoreTransfer },
];
