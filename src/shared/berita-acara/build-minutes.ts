/**
 * Builds the whole berita acara from what GET …/berita-acara returns: the results recomputed from the
 * raw bundles and their fingerprint, the event, the settings, the event's audit trail and the sheets'
 * records. Pure, so the console prints exactly what the unit tests read.
 */
import type { MinutesData } from '#shared/berita-acara/api.ts';
import { minutesContext } from '#shared/berita-acara/context.ts';
import { momentText } from '#shared/berita-acara/dates.ts';
import { criterionRows, methodSentences } from '#shared/berita-acara/method.ts';
import type { MinutesDocument } from '#shared/berita-acara/model.ts';
import { closing, number, opening, placeAndDate, title } from '#shared/berita-acara/opening.ts';
import { acknowledger, jurorRows, signerRows } from '#shared/berita-acara/panel.ts';
import { rankingNotes, rankingRows, topGroupBlocks } from '#shared/berita-acara/ranking.ts';
import {
  conflictRows,
  eventChangeRows,
  rubricChangeRows,
  sheetEditRows,
} from '#shared/berita-acara/records.ts';
import { draftStatus } from '#shared/berita-acara/status.ts';
import { terbilang } from '#shared/berita-acara/terbilang.ts';
import { trailSentences } from '#shared/berita-acara/trail.ts';
import { FINGERPRINT_FORMAT } from '#shared/results/fingerprint.ts';

export function buildMinutes(data: MinutesData): MinutesDocument {
  const ctx = minutesContext(data);
  const { settings } = ctx;
  const ranking = rankingRows(ctx);
  const { fingerprint, bundles } = data.results;
  const details = [settings.letterhead.address, settings.letterhead.phone, settings.letterhead.web];
  return {
    ...draftStatus(ctx),
    letterhead: {
      lines: settings.letterhead.lines.map((line) => line.toLocaleUpperCase('id-ID')),
      details: details.filter((d): d is string => d !== undefined),
    },
    title: title(ctx),
    number: number(ctx),
    opening: opening(ctx),
    jurors: jurorRows(ctx),
    criteria: criterionRows(ctx),
    method: methodSentences(ctx),
    topGroups: topGroupBlocks(ctx, ranking),
    ranking,
    rankingNotes: rankingNotes(ctx),
    tieBreaks: trailSentences(ctx),
    conflicts: conflictRows(ctx),
    rubricChanges: rubricChangeRows(ctx),
    eventChanges: eventChangeRows(ctx),
    sheetEdits: sheetEditRows(ctx),
    fingerprint: {
      value: fingerprint,
      sentence:
        `Peringkat dalam berita acara ini dihitung ulang dari ${bundles} (${terbilang(bundles)}) bundel nilai ` +
        `yang diterima server dari tablet juri, pada ${momentText(data.computedAt, ctx.timeZone)}. ` +
        `Sidik data di bawah ini (SHA-256 atas seluruh bundel tersebut, format ${FINGERPRINT_FORMAT}) ` +
        'mengikat berita acara ini pada data tersebut: siapa pun yang memegang bundel yang sama dapat ' +
        `menghitungnya ulang dengan perintah npm run results -- --event ${ctx.pkg.event.id}.`,
    },
    closing: closing(ctx),
    placeAndDate: placeAndDate(ctx),
    signers: signerRows(ctx),
    acknowledgedBy: acknowledger(ctx),
    footer: { title: `Berita Acara Penilaian ${settings.subject}`, fingerprint: fingerprint.slice(0, 16) },
  };
}
