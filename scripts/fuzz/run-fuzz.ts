/**
 * The fuzz campaign: fast-check plays `runs` scenarios against ONE server on a temporary SQLite file
 * (so later scenarios meet the state earlier ones left), each with three freshly enrolled tablets
 * sending honest bundles, resends and hostile variants. Every answer must be below 500 and, unless
 * 2xx, the error envelope with its code's status; an honest bundle must be stored (or refused by a
 * scoring rule), a resend answered with the original receipt, and every hostile input refused with
 * nothing stored. At the end the whole file is checked (invariants.ts). Seeded: the same seed sends
 * the same inputs.
 */
import fc from 'fast-check';
import { type Scenario, scenarioArb } from './arbitraries.ts';
import { enrollDevice, FUZZ_EVENT, type FuzzServer, openFuzzServer } from './fuzz-server.ts';
import { checkStore } from './invariants.ts';
import { perform, type StepCounts, stepName, type Tablet } from './steps.ts';

export interface FuzzOptions {
  runs: number;
  seed: number;
}

export interface FuzzReport extends StepCounts {
  seed: number;
  runs: number;
  storedBundles: number;
  storedChanges: number;
  invalidStored: number;
  sheetsMatchReplay: boolean;
  /** The first scenario that broke a rule (fast-check's report, with seed and path to replay it). */
  failure: string | null;
  problems: string[];
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const server = openFuzzServer();
  const report: FuzzReport = {
    seed: options.seed,
    runs: options.runs,
    inputs: 0,
    hostile: 0,
    byStatus: {},
    serverErrors: 0,
    badEnvelopes: 0,
    hostileAccepted: 0,
    storedBundles: 0,
    storedChanges: 0,
    invalidStored: 0,
    sheetsMatchReplay: true,
    failure: null,
    problems: [],
  };
  try {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const problems = await play(server, scenario, report).catch((error: unknown) => [
          // A throw inside a step is a broken harness or server, not a rule: keep its stack.
          `thrown: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ]);
        report.problems.push(...problems);
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'));
      }),
      // Scenarios share one database, so a shrunk replay meets another state: report, do not shrink.
      { numRuns: options.runs, seed: options.seed, endOnFailure: true },
    );
  } catch (error) {
    // fast-check's first lines name the seed and path that replay the scenario; the rest is its data.
    const message = error instanceof Error ? error.message : String(error);
    report.failure = message.split('\n').slice(0, 2).join('\n');
  }
  const check = checkStore(server.db, FUZZ_EVENT);
  report.storedBundles = check.bundles;
  report.storedChanges = check.changes;
  report.invalidStored = check.invalidBundles;
  report.sheetsMatchReplay = check.sheetsMatchReplay;
  report.problems.push(...check.problems);
  server.close();
  return report;
}

async function play(server: FuzzServer, scenario: Scenario, report: FuzzReport): Promise<string[]> {
  const jurors = FUZZ_EVENT.jurors;
  const jurorA = jurors[scenario.jurors[0]]?.id ?? 'j1';
  const jurorB = jurors[scenario.jurors[1]]?.id ?? 'j2';
  const tablets: Tablet[] = [];
  for (const [juror, firstSeq] of [
    [jurorA, scenario.firstSeq],
    [jurorA, 1],
    [jurorB, 1],
  ] as const) {
    const enrolled = await enrollDevice(server.app, juror, firstSeq);
    report.inputs += 2;
    tablets.push({
      enrolled,
      nextSeq: enrolled.sync.expectedSeq,
      prevHash: enrolled.sync.prevHash,
      accepted: [],
    });
  }
  const problems: string[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    const problem = await perform(server, tablets, step, report);
    if (problem) problems.push(`step ${index} (${stepName(step)}): ${problem}`);
  }
  const check = checkStore(server.db, FUZZ_EVENT, new Set(tablets.map((t) => t.enrolled.device.deviceId)));
  return [...problems, ...check.problems];
}
