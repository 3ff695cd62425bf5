/** Console strings: the rubric editor and its lock. */
const id = {
  rubricIntro: 'Pilih rubrik siap pakai atau ubah kriteria, bobot (jumlahnya harus 100%) dan skala nilai.',
  preset: 'Rubrik siap pakai',
  usePreset: 'Pakai',
  criterion: (n: number) => `Kriteria ${n}`,
  nameId: 'Nama (Indonesia)',
  nameEn: 'Nama (Inggris)',
  guidanceId: 'Panduan (Indonesia)',
  guidanceEn: 'Panduan (Inggris)',
  weight: 'Bobot (%)',
  scaleMin: 'Nilai terendah',
  scaleMax: 'Nilai tertinggi',
  scaleStep: 'Langkah',
  addCriterion: 'Tambah kriteria',
  removeCriterion: 'Hapus kriteria',
  weightTotal: (total: string) => `Jumlah bobot: ${total}%`,
  weightMustBe100: 'Jumlah bobot harus 100%.',
  saveRubric: 'Simpan rubrik',
  rubricSaved: 'Rubrik tersimpan. Tablet menerima rubrik baru pada sinkronisasi berikutnya.',
  lockedBanner: (at: string) =>
    `Rubrik terkunci sejak nilai pertama masuk (${at}). Membuka kunci memerlukan alasan; setiap perubahan dicatat untuk berita acara.`,
  unlockedBanner: (reason: string) => `Kunci dibuka untuk satu perubahan. Alasan: ${reason}`,
  unlock: 'Buka kunci rubrik…',
  unlockTitle: 'Buka kunci rubrik?',
  unlockMessage:
    'Nilai sudah mulai masuk. Kriteria yang sudah dinilai tidak dapat dihapus dan skalanya tidak dapat diubah; nama, panduan dan bobot dapat diubah. Alasannya dicatat di riwayat dan berita acara.',
  unlockReason: 'Alasan membuka kunci (wajib)',
};
const en: typeof id = {
  rubricIntro:
    'Choose a ready-made rubric or edit the criteria, weights (they must total 100%) and the score scale.',
  preset: 'Ready-made rubric',
  usePreset: 'Use',
  criterion: (n: number) => `Criterion ${n}`,
  nameId: 'Name (Indonesian)',
  nameEn: 'Name (English)',
  guidanceId: 'Guidance (Indonesian)',
  guidanceEn: 'Guidance (English)',
  weight: 'Weight (%)',
  scaleMin: 'Lowest score',
  scaleMax: 'Highest score',
  scaleStep: 'Step',
  addCriterion: 'Add criterion',
  removeCriterion: 'Remove criterion',
  weightTotal: (total: string) => `Weights total: ${total}%`,
  weightMustBe100: 'Weights must total 100%.',
  saveRubric: 'Save rubric',
  rubricSaved: 'Rubric saved. Tablets get it on their next sync.',
  lockedBanner: (at: string) =>
    `The rubric is locked since the first score arrived (${at}). Unlocking needs a reason; every change is recorded for the official minutes.`,
  unlockedBanner: (reason: string) => `Unlocked for one change. Reason: ${reason}`,
  unlock: 'Unlock the rubric…',
  unlockTitle: 'Unlock the rubric?',
  unlockMessage:
    'Scores have started to arrive. Criteria already scored cannot be removed and their scale cannot change; names, guidance and weights can. The reason is kept in the history and the official minutes.',
  unlockReason: 'Reason for unlocking (required)',
};
export default { id, en };
