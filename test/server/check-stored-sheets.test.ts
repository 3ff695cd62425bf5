/**
 * The results' check against the stored sheets compares text first: equal text is the same sheet,
 * and text that differs only in form (another key order, as an older writer or a SQLite JSON
 * function may leave) is parsed and found equal; a real difference names its field.
 */
import { describe, expect, it } from 'vitest';
import { checkStoredSheets } from '#server/check-stored-sheets.ts';
import { sheetHeadText } from '#server/store/sheets.ts';
import { emptySheet, type ScoreSheet } from '#shared/sheet.ts';

const sheet: ScoreSheet = {
  ...emptySheet('kipp-malang-2021', 'juri-1', 'dispendukcapil', '2021-03-16T02:00:00.000Z'),
  status: 'final',
  scores: { kebaruan: 8, efektif: 7 },
  lastSeq: 3,
  audit: [
    {
      seq: 3,
      at: '2021-03-16T02:10:00.000Z',
      kind: 'score',
      criterionId: 'efektif',
      oldValue: 6,
      newValue: 7,
      reason: 'salah ketuk',
    },
  ],
};
const stored = (head: string, audit = sheet.audit.map((e) => JSON.stringify(e))) => ({
  jurorId: sheet.jurorId,
  teamId: sheet.teamId,
  head,
  audit,
});

describe('checkStoredSheets', () => {
  it('finds nothing when the texts are equal, or differ only in key order', () => {
    expect(checkStoredSheets([sheet], [stored(sheetHeadText(sheet))])).toEqual([]);
    const { audit: _audit, ...head } = sheet;
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(head).reverse()));
    expect(reordered).not.toBe(sheetHeadText(sheet));
    expect(checkStoredSheets([sheet], [stored(reordered)])).toEqual([]);
  });

  it('names the field that differs, and a sheet found on one side only', () => {
    const edited = sheetHeadText({ ...sheet, scores: { kebaruan: 8, efektif: 9 } });
    expect(checkStoredSheets([sheet], [stored(edited)])).toEqual([
      {
        teamId: 'dispendukcapil',
        jurorId: 'juri-1',
        message: 'lembar tersimpan berbeda dari hasil pemutaran ulang (scores)',
      },
    ]);
    expect(checkStoredSheets([sheet], [stored(sheetHeadText(sheet), [])])[0]?.message).toContain('(audit)');
    expect(checkStoredSheets([sheet], [])[0]?.message).toBe(
      'bundel menghasilkan lembar yang tidak tersimpan',
    );
    expect(checkStoredSheets([], [stored(sheetHeadText(sheet))])[0]?.message).toBe(
      'lembar tersimpan tidak dihasilkan oleh bundel mana pun',
    );
  });
});
