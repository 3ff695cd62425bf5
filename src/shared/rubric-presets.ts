/** Rubric presets from the domain brief. Organisers pick one and may edit it: rubrics are data. */
import type { Criterion, Rubric, TieBreakRule } from '#shared/event.ts';

const scale10 = { min: 1, max: 10, step: 1 } as const;

/**
 * The domain brief's order: the named criteria's panel means, then fewer conflicts of interest, then
 * a draw the committee records in the minutes.
 */
function tieBreakOn(...criterionIds: string[]): TieBreakRule[] {
  return [
    ...criterionIds.map((criterionId): TieBreakRule => ({ kind: 'criterion', criterionId })),
    { kind: 'fewer-conflicts' },
    { kind: 'draw' },
  ];
}

const kipp5: Criterion[] = [
  {
    id: 'kebaruan',
    name: { id: 'Kebaruan', en: 'Novelty' },
    guidance: {
      id: 'Ide baru atau unik, pendekatan baru atas masalah, desain kebijakan/implementasi baru, atau modifikasi berarti dari inovasi yang ada. 2: meniru tanpa perubahan · 5: modifikasi kecil · 8: pendekatan baru yang jelas.',
      en: 'A new or unique idea, a new approach, a new policy or implementation design, or a meaningful modification of an existing innovation. 2: copied unchanged · 5: small modification · 8: a clearly new approach.',
    },
    weight: 1,
    scale: scale10,
  },
  {
    id: 'efektif',
    name: { id: 'Efektif', en: 'Effective' },
    guidance: {
      id: 'Menunjukkan hasil nyata yang terukur dan benar-benar menyelesaikan masalah. 2: belum ada data · 5: hasil awal · 8: hasil terukur dan berkelanjutan.',
      en: 'Shows real, measurable results and actually solves the problem. 2: no data yet · 5: early results · 8: measured, lasting results.',
    },
    weight: 1,
    scale: scale10,
  },
  {
    id: 'bermanfaat',
    name: { id: 'Bermanfaat', en: 'Beneficial' },
    guidance: {
      id: 'Memberi manfaat bagi masyarakat: menyelesaikan masalah yang penting bagi warga. 2: manfaat kecil · 5: manfaat bagi sebagian warga · 8: manfaat luas dan jelas.',
      en: 'Benefits the public: solves a problem that matters to citizens. 2: little benefit · 5: helps some citizens · 8: broad, clear benefit.',
    },
    weight: 1,
    scale: scale10,
  },
  {
    id: 'replikasi',
    name: { id: 'Dapat ditransfer / direplikasi', en: 'Transferable / replicable' },
    guidance: {
      id: 'Dapat menjadi contoh atau acuan dan diadopsi unit layanan lain. 2: sangat khusus · 5: dapat ditiru dengan penyesuaian · 8: sudah atau mudah direplikasi.',
      en: 'Can serve as an example and be adopted by other service units. 2: very specific · 5: copyable with adaptation · 8: already or easily replicated.',
    },
    weight: 1,
    scale: scale10,
  },
  {
    id: 'berkelanjutan',
    name: { id: 'Berkelanjutan', en: 'Sustainable' },
    guidance: {
      id: 'Berlanjut dari waktu ke waktu: dukungan anggaran, regulasi, kelembagaan dan masyarakat. 2: bergantung pada satu orang · 5: ada anggaran · 8: diatur regulasi dan didukung masyarakat.',
      en: 'Sustained over time: budget, regulation, institutional and community support. 2: depends on one person · 5: has a budget · 8: set in regulation, backed by the community.',
    },
    weight: 1,
    scale: scale10,
  },
];

/** KIPP Kota Malang: the five criteria, equal weights, 1–10. */
export const KIPP_MALANG: Rubric = {
  id: 'kipp-malang',
  name: 'KIPP Kota Malang',
  criteria: kipp5,
  tieBreak: tieBreakOn('efektif', 'kebaruan'),
};

/** KIPP national presentation stage: substance 70 (the five criteria) / delivery 30. */
export const KIPP_NASIONAL: Rubric = {
  id: 'kipp-nasional',
  name: 'KIPP Nasional — tahap presentasi',
  criteria: [
    ...kipp5.map((c) => ({ ...c, weight: 14 })),
    {
      id: 'kualitas-presentasi',
      name: { id: 'Kualitas presentasi', en: 'Presentation quality' },
      guidance: { id: 'Runtut, jelas, tepat waktu.', en: 'Well structured, clear, on time.' },
      weight: 15,
      scale: scale10,
    },
    {
      id: 'penguasaan-materi',
      name: { id: 'Penguasaan materi', en: 'Mastery of the material' },
      guidance: {
        id: 'Menjawab pertanyaan juri dengan tepat dan berdasar data.',
        en: 'Answers the panel precisely, with data.',
      },
      weight: 15,
      scale: scale10,
    },
  ],
  tieBreak: tieBreakOn('efektif', 'kebaruan'),
};

/** Innovative Government Award (Kemendagri), presentation stage. */
export const IGA_KEMENDAGRI: Rubric = {
  id: 'iga-kemendagri',
  name: 'Innovative Government Award — presentasi',
  criteria: [
    {
      id: 'kebaruan',
      name: { id: 'Kebaruan', en: 'Novelty' },
      guidance: kipp5[0]?.guidance ?? { id: '-', en: '-' },
      weight: 30,
      scale: scale10,
    },
    {
      id: 'kemanfaatan',
      name: { id: 'Kemanfaatan', en: 'Benefit' },
      guidance: { id: 'Manfaat nyata bagi masyarakat.', en: 'Real benefit to the public.' },
      weight: 25,
      scale: scale10,
    },
    {
      id: 'kewenangan-kolaborasi',
      name: { id: 'Kewenangan / kolaborasi', en: 'Authority / collaboration' },
      guidance: {
        id: 'Sesuai kewenangan daerah dan melibatkan pihak lain.',
        en: 'Within the region’s authority and involving partners.',
      },
      weight: 15,
      scale: scale10,
    },
    {
      id: 'replikasi',
      name: { id: 'Replikasi', en: 'Replication' },
      guidance: kipp5[3]?.guidance ?? { id: '-', en: '-' },
      weight: 20,
      scale: scale10,
    },
    {
      id: 'penguasaan-materi',
      name: { id: 'Penguasaan materi', en: 'Mastery of the material' },
      guidance: {
        id: 'Menguasai materi dan menjawab dengan tepat.',
        en: 'Knows the material and answers precisely.',
      },
      weight: 10,
      scale: scale10,
    },
  ],
  tieBreak: tieBreakOn('kebaruan'),
};

export const RUBRIC_PRESETS: readonly Rubric[] = [KIPP_MALANG, KIPP_NASIONAL, IGA_KEMENDAGRI];
