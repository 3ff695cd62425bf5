/**
 * The chaos suite's verdict (scripts/chaos/verdict.ts) must catch each way the promise can break: a
 * run that lost, doubled or changed a change may never pass. Built from small hand-made evidence.
 */
import { describe, expect, it } from 'vitest';
import type { LocalState } from '../../scripts/chaos/tablet.ts';
import {
  type AckedChange,
  judge,
  type ServerEvidence,
  type TabletEvidence,
} from '../../scripts/chaos/verdict.ts';

const entry = (seq: number, newValue: number, teamId = 't1') => ({
  seq,
  eventId: 'e',
  jurorId: 'j1',
  teamId,
  kind: 'score',
  criterionId: 'kebaruan',
  oldValue: null,
  newValue,
  at: `2021-03-16T02:00:0${seq}.000Z`,
});

const sheet = (score: number) => ({
  eventId: 'e',
  jurorId: 'j1',
  teamId: 't1',
  scores: { kebaruan: score },
  lastSeq: 2,
});

function tablet(overrides: Partial<LocalState> = {}, acked?: AckedChange[]): TabletEvidence {
  return {
    name: 'tablet-1',
    acked: acked ?? [
      { jurorId: 'j1', teamId: 't1', kind: 'score', criterionId: 'kebaruan', newValue: 7 },
      { jurorId: 'j1', teamId: 't1', kind: 'score', criterionId: 'kebaruan', newValue: 8 },
    ],
    local: {
      changes: [
        { seq: 1, state: 'sent', bundleId: 'b1', entry: entry(1, 7) },
        { seq: 2, state: 'sent', bundleId: 'b2', entry: entry(2, 8) },
      ],
      bundles: [
        { bundleId: 'b1', state: 'sent', deviceId: 'd1', fromSeq: 1, toSeq: 1 },
        { bundleId: 'b2', state: 'sent', deviceId: 'd1', fromSeq: 2, toSeq: 2 },
      ],
      sheets: [sheet(8)],
      ...overrides,
    },
  };
}

const body = (bundleId: string, ...changes: object[]) => ({
  bundleId,
  body: JSON.stringify({ bundleId, deviceId: 'd1', changes }),
});

function server(overrides: Partial<ServerEvidence> = {}): ServerEvidence {
  return { bundles: [body('b1', entry(1, 7)), body('b2', entry(2, 8))], sheets: [sheet(8)], ...overrides };
}

describe('the chaos verdict', () => {
  it('passes when the server holds every change once, unchanged, and the same sheets', () => {
    expect(judge([tablet()], server())).toEqual({ lost: 0, doubled: 0, changed: 0, problems: [] });
  });

  it('counts a change the server never got as lost', () => {
    const verdict = judge([tablet()], server({ bundles: [body('b1', entry(1, 7))], sheets: [sheet(8)] }));
    expect(verdict.lost).toBeGreaterThanOrEqual(1);
  });

  it('counts a change still unsent at the end as lost', () => {
    const local = tablet().local;
    const verdict = judge(
      [tablet({ changes: [...local.changes, { seq: 3, state: 'unsent', entry: entry(3, 9) }] })],
      server(),
    );
    expect(verdict.lost).toBe(1);
  });

  it('counts an acknowledged change missing from the server as lost, even if the tablet lost it too', () => {
    const acked: AckedChange[] = [
      ...tablet().acked,
      { jurorId: 'j1', teamId: 't1', kind: 'note', criterionId: 'kebaruan', newValue: 'hilang' },
    ];
    expect(judge([tablet({}, acked)], server()).lost).toBe(1);
  });

  it('counts a second copy of a change as doubled', () => {
    const doubledServer = server({
      bundles: [body('b1', entry(1, 7)), body('b2', entry(2, 8)), body('b3', entry(2, 8))],
    });
    expect(judge([tablet()], doubledServer).doubled).toBe(1);
  });

  it('counts a change on the server that no tablet made as doubled', () => {
    const extra = server({ bundles: [...server().bundles, body('b9', entry(9, 4))] });
    expect(judge([tablet()], extra).doubled).toBe(1);
  });

  it('counts a change the server holds with another value as changed', () => {
    const altered = server({ bundles: [body('b1', entry(1, 7)), body('b2', entry(2, 3))] });
    const verdict = judge([tablet()], altered);
    expect(verdict.changed).toBe(1);
  });

  it('counts a server sheet that no tablet holds as changed', () => {
    const other = { ...sheet(5), teamId: 't2' };
    expect(judge([tablet()], server({ sheets: [sheet(8), other] })).changed).toBe(1);
  });

  it('counts a server sheet that differs from the tablet as changed', () => {
    expect(judge([tablet()], server({ sheets: [sheet(6)] })).changed).toBe(1);
  });
});
