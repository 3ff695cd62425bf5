/** Small events and sheets for the results tests, built so each example reads like its arithmetic. */
import { BUNDLE_VERSION, GENESIS_HASH, type ScoreBundle } from '#shared/bundle.ts';
import type { Criterion, EventPackage, Rubric, TieBreakRule } from '#shared/event.ts';
import { KIPP_MALANG } from '#shared/rubric-presets.ts';
import { type ChangeEntry, emptySheet, type ScoreSheet, type SheetStatus } from '#shared/sheet.ts';
import { makeSmallEvent } from '../../fixtures/small-event.ts';
import { criterion } from '../rubric-arbitraries.ts';

export const EVENT_ID = 'kipp-malang-2021';

/** An event with these team and juror ids (no schedule), on `rubric` (KIPP Malang by default). */
export function makeEvent(
  teamIds: readonly string[],
  jurorIds: readonly string[],
  rubric: Rubric = KIPP_MALANG,
): EventPackage {
  const base = makeSmallEvent();
  return {
    ...base,
    rubric,
    slots: [],
    teams: teamIds.map((id) => ({ ...(base.teams[0] ?? never()), id, title: `Inovasi ${id}` })),
    jurors: jurorIds.map((id) => ({ id, name: `Juri ${id}` })),
  };
}

/** A rubric of `count` criteria a, b, c… each weighted 1 on 0–10, with the given tie-break rules. */
export function tenPointRubric(count: number, tieBreak: TieBreakRule[] = []): Rubric {
  const criteria: Criterion[] = Array.from({ length: count }, (_, i) =>
    criterion(String.fromCharCode(97 + i), 1, { min: 0, max: 10, step: 1 }),
  );
  return { id: 'sepuluh', name: 'Skala 0–10', criteria, tieBreak };
}

/** A sheet as the server would hold it; `values` go to the rubric's criteria in order. */
export function makeSheet(
  rubric: Rubric,
  jurorId: string,
  teamId: string,
  status: SheetStatus,
  values: readonly number[],
): ScoreSheet {
  const sheet = emptySheet(EVENT_ID, jurorId, teamId, '2021-03-16T01:30:00.000Z');
  const scores = Object.fromEntries(
    values.flatMap((value, i) => {
      const id = rubric.criteria[i]?.id;
      return id ? [[id, value]] : [];
    }),
  );
  return { ...sheet, status, scores, coiReason: status === 'coi' ? 'unit kerja sendiri' : null };
}

/** A device's log as consecutive bundles chained by (stand-in) hashes. */
export function cutIntoBundles(
  deviceId: string,
  jurorId: string,
  log: ChangeEntry[],
  cuts: readonly number[],
) {
  const out: { bundle: ScoreBundle; hash: string }[] = [];
  let prevHash = GENESIS_HASH;
  for (let from = 0, i = 0; from < log.length; i++) {
    const changes = log.slice(from, from + (cuts[i % cuts.length] ?? 1));
    const fromSeq = changes[0]?.seq ?? from + 1;
    const hash = `${deviceId}:${fromSeq}`.padEnd(64, '0');
    out.push({
      bundle: {
        version: BUNDLE_VERSION,
        bundleId: `b-${deviceId}-${fromSeq}`,
        deviceId,
        jurorId,
        eventId: EVENT_ID,
        fromSeq,
        toSeq: fromSeq + changes.length - 1,
        prevHash,
        createdAt: '2021-03-16T01:00:00.000Z',
        changes,
        signature: '0'.repeat(64),
      },
      hash,
    });
    prevHash = hash;
    from += changes.length;
  }
  return out;
}

function never(): never {
  throw new Error('the small event has no team');
}
