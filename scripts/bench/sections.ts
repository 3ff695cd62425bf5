/** Every bench section, in the order they run and print, with the issue whose figures it measures. */
import { measureBundleSize } from './bundle-size.ts';
import { measureChaos } from './chaos.ts';
import { measureConsole } from './console.ts';
import type { Section } from './figures.ts';
import { offlineColdStartSection, syncSection } from './optional-sections.ts';
import { measureResultsRecompute } from './results/recompute.ts';
import { measureResultsReplay } from './results/replay.ts';
import { measureSaveLatency } from './save-latency.ts';
import { measureScoreTransfer } from './score-transfer.ts';

export const SECTIONS: readonly Section[] = [
  { name: 'bundle-size', issue: '#2 #3', run: measureBundleSize },
  { name: 'console', issue: '#10', run: measureConsole },
  { name: 'save-latency', issue: '#2', run: measureSaveLatency },
  { ...offlineColdStartSection, issue: '#3' },
  { ...syncSection, issue: '#4 #8' },
  { name: 'results-recompute', issue: '#11', run: measureResultsRecompute },
  { name: 'results-replay', issue: '#11', run: measureResultsReplay },
  { name: 'score-transfer', issue: '#13', run: measureScoreTransfer },
  { name: 'chaos', issue: '#14', run: measureChaos },
];
