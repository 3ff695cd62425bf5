/**
 * The tie-break rules in the rubric tab as the organizer edits them: reordered with buttons, a rule
 * removed and another added, the draw kept last; saved with the rubric in the declared order; and
 * locked with the rubric once scoring has started.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AdminClient } from '#app/panitia/api-client.ts';
import { PanitiaContext } from '#app/panitia/panitia-context.ts';
import { RubricTab } from '#app/panitia/tabs/rubric-tab.tsx';
import type { EventDetail, RubricLock } from '#shared/admin-api.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

const unlocked: RubricLock = { firstScoreAt: null, locked: false, unlockedAt: null, unlockReason: null };

function setup(lock: RubricLock = unlocked) {
  const bodies: unknown[] = [];
  const pkg = makeSmallEvent();
  const detail: EventDetail = {
    package: {
      ...pkg,
      rubric: { ...pkg.rubric, criteria: pkg.rubric.criteria.map((c) => ({ ...c, weight: 20 })) },
    },
    rubricLock: lock,
  };
  const client: AdminClient = {
    request: async (_method, _path, _schema, body) => {
      bodies.push(body);
      return { ok: true, value: detail as never };
    },
  };
  render(
    <PanitiaContext.Provider value={{ client, onFailure: () => {} }}>
      <RubricTab detail={detail} onDetail={() => {}} reload={async () => {}} />
    </PanitiaContext.Provider>,
  );
  return { bodies, editor: screen.getByTestId('tie-break-editor') };
}

const listed = (editor: HTMLElement) =>
  [...editor.querySelectorAll('.rule-list li')].map((li) => li.firstChild?.textContent);

describe('tie-break rules editor', () => {
  it('reorders, removes, adds and drops the draw, then saves the list in that order with the rubric', async () => {
    const { bodies, editor } = setup();
    // KIPP Malang declares: efektif, kebaruan, fewer conflicts, draw.
    expect(listed(editor)).toEqual([
      'rata-rata kriteria Efektif lebih tinggi',
      'rata-rata kriteria Kebaruan lebih tinggi',
      'konflik kepentingan lebih sedikit',
      'undian panitia',
    ]);
    const panel = within(editor);
    fireEvent.click(
      panel.getByRole('button', { name: 'Naikkan aturan: rata-rata kriteria Kebaruan lebih tinggi' }),
    );
    fireEvent.click(panel.getByRole('button', { name: 'Hapus aturan: konflik kepentingan lebih sedikit' }));
    fireEvent.change(panel.getByLabelText('Aturan berikutnya'), {
      target: { value: 'criterion:bermanfaat' },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Tambah aturan' }));
    expect(listed(editor)).toEqual([
      'rata-rata kriteria Kebaruan lebih tinggi',
      'rata-rata kriteria Efektif lebih tinggi',
      'rata-rata kriteria Bermanfaat lebih tinggi',
      'undian panitia',
    ]);
    fireEvent.click(panel.getByLabelText('Undian panitia sebagai aturan terakhir'));
    expect(listed(editor)).not.toContain('undian panitia');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rubrik' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({
      rubric: {
        tieBreak: [
          { kind: 'criterion', criterionId: 'kebaruan' },
          { kind: 'criterion', criterionId: 'efektif' },
          { kind: 'criterion', criterionId: 'bermanfaat' },
        ],
      },
    });
  });

  it('is locked with the rubric once the first score has arrived', () => {
    const { editor } = setup({ ...unlocked, firstScoreAt: '2021-03-16T01:40:00.000Z', locked: true });
    expect(editor.hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('rubric-locked').textContent).toContain('Rubrik terkunci');
  });
});
