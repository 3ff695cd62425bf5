/**
 * "Metode penilaian": the criteria with their weights as shares and their scales, then how a sheet's
 * total, a team's mean, the rounding, the declared tie-break rules (in order) and recusals work —
 * the same rules src/shared/results applies, stated so a reader can check every number.
 */
import type { MinutesContext } from '#shared/berita-acara/context.ts';
import type { CriterionRow } from '#shared/berita-acara/model.ts';
import { formatNumber, formatShare } from '#shared/berita-acara/numbers.ts';
import { terbilang } from '#shared/berita-acara/terbilang.ts';
import type { Scale, TieBreakRule } from '#shared/event.ts';

export function criterionRows({ pkg }: MinutesContext): CriterionRow[] {
  const total = pkg.rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  return pkg.rubric.criteria.map((c, i) => ({
    no: i + 1,
    name: c.name.id,
    weight: formatShare(c.weight, total),
    scale: scaleText(c.scale),
  }));
}

/** "1–10", or "0–100, kelipatan 0,5" when the step is not 1. */
export function scaleText(scale: Scale): string {
  const range = `${formatNumber(scale.min)}–${formatNumber(scale.max)}`;
  return scale.step === 1 ? range : `${range}, kelipatan ${formatNumber(scale.step)}`;
}

export function methodSentences(ctx: MinutesContext): string[] {
  const { pkg, results } = ctx;
  const { presentationMinutes: talk, interviewMinutes: ask } = pkg.event;
  const slot =
    talk !== undefined && ask !== undefined
      ? ` Setiap peserta mendapat ${talk} (${terbilang(talk)}) menit presentasi dan ${ask} (${terbilang(ask)}) menit wawancara.`
      : '';
  const recusals = ctx.data.sheets.filter((s) => s.status === 'coi').length;
  const sizes = [...results.method.topGroups].sort((a, b) => b - a);
  return [
    `Setiap juri menilai setiap peserta secara mandiri pada tablet, kriteria demi kriteria, menurut rubrik ${pkg.rubric.name} dengan bobot dan skala pada tabel di atas.${slot}`,
    'Nilai satu lembar penilaian adalah jumlah berbobot nilai kriteria, masing-masing dipetakan secara linear ke 0–100 (nilai terendah skala = 0, nilai tertinggi = 100); kriteria yang tidak diisi bernilai terendah.',
    'Nilai akhir peserta adalah rata-rata nilai lembar penilaian final dari juri yang tidak menyatakan konflik kepentingan terhadap peserta tersebut; lembar yang belum final tidak dihitung.',
    'Seluruh perhitungan eksak: satu-satunya pembulatan adalah nilai satu lembar ke 0,000001 poin. Nilai rata-rata dicetak dengan dua angka desimal (dibulatkan setengah ke atas), sedangkan peringkat ditentukan dari nilai eksak sebelum pembulatan.',
    tieBreakSentence(ctx, results.method.tieBreak),
    `Juri yang menyatakan konflik kepentingan terhadap suatu peserta tidak menilai peserta tersebut dan tidak dihitung dalam rata-ratanya (${recusals} (${terbilang(recusals)}) pernyataan; lihat bagian Konflik Kepentingan).`,
    `Dari peringkat tersebut ditetapkan ${sizes.map((n) => `${n} (${terbilang(n)}) besar`).join(' dan ')}.`,
  ];
}

function tieBreakSentence(ctx: MinutesContext, rules: readonly TieBreakRule[]): string {
  if (rules.length === 0)
    return 'Tidak ada aturan penentuan peringkat sama yang ditetapkan: peserta dengan nilai rata-rata yang sama berbagi peringkat.';
  const listed = rules.map((rule, i) => `(${i + 1}) ${ruleText(ctx, rule)}`).join('; ');
  return `Peserta dengan nilai rata-rata yang persis sama diurutkan menurut aturan penentuan peringkat sama yang ditetapkan sebelum penilaian dimulai, berturut-turut: ${listed}.`;
}

/** One tie-break rule in words, as the method lists it and the trail cites it. */
export function ruleText(ctx: MinutesContext, rule: TieBreakRule): string {
  switch (rule.kind) {
    case 'criterion':
      return `rata-rata nilai kriteria ${ctx.criterionName(rule.criterionId)} yang lebih tinggi`;
    case 'fewer-conflicts':
      return 'jumlah konflik kepentingan yang lebih sedikit';
    case 'draw':
      return 'undian oleh panitia yang dicatat dalam berita acara ini';
  }
}
