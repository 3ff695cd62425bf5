/**
 * The console's words around the berita acara: its settings form and the print page's toolbar. The
 * document itself is always formal Indonesian (src/shared/berita-acara), whatever the console's language.
 */
const id = {
  settingsTitle: 'Berita acara',
  settingsIntro:
    'Kop, nomor, dasar pembentukan tim dan penanda tangan untuk berita acara penilaian. Nama dan jabatan juri diambil dari tab Juri & kartu.',
  notSavedYet: 'Belum disimpan: berita acara memakai data acara sebagai isian awal.',
  letterheadLines: 'Kop surat (satu baris per baris, paling banyak 4; dicetak kapital)',
  address: 'Alamat',
  phone: 'Telepon / faksimile',
  web: 'Laman / surel',
  subject: 'Yang dinilai (sesudah "Berita Acara Penilaian")',
  number: 'Nomor surat',
  numberHint:
    '{tahun} dan {bulan} (angka Romawi) diisi dari tanggal penandatanganan; kosongkan untuk ditulis tangan.',
  decree: 'Dasar pembentukan tim penilai (SK)',
  signingPlace: 'Tempat penandatanganan',
  signingDate: 'Tanggal penandatanganan',
  chair: 'Ketua tim penilai',
  noChair: '— belum dipilih —',
  signersTitle: 'Juri sebagai penanda tangan',
  jurorName: 'Nama (seperti tersimpan)',
  nip: 'NIP (18 angka)',
  rank: 'Pangkat / golongan',
  acknowledgedTitle: 'Mengetahui',
  acknowledgedHint: 'Pejabat yang menandatangani "Mengetahui,". Kosongkan semua isian jika tidak ada.',
  position: 'Jabatan',
  name: 'Nama',
  capitals: 'Cetak nama penanda tangan dengan huruf kapital',
  copies: 'Jumlah rangkap (boleh kosong)',
  save: 'Simpan pengaturan berita acara',
  saved: 'Pengaturan berita acara tersimpan.',
  open: 'Buka berita acara untuk dicetak',
  back: 'Kembali ke pengaturan',
  print: 'Cetak / simpan PDF',
  printHint: 'Di dialog cetak pilih kertas A4 dan "Simpan sebagai PDF". Kop hanya di halaman pertama.',
  draftWarning: 'Dokumen ini masih DRAF: setiap halaman bertanda SEMENTARA sampai semua lembar final.',
  finalNote: 'Semua lembar wajib sudah final. Periksa isi sebelum mencetak.',
  loading: 'Menghitung ulang hasil dari bundel nilai…',
};

const en: typeof id = {
  settingsTitle: 'Official minutes (berita acara)',
  settingsIntro:
    'Letterhead, number, the decree forming the panel and the signers of the official minutes. Jurors’ names and positions come from the Jurors & cards tab.',
  notSavedYet: 'Not saved yet: the minutes use the event’s own data to start with.',
  letterheadLines: 'Letterhead (one line each, at most 4; printed in capitals)',
  address: 'Address',
  phone: 'Telephone / fax',
  web: 'Website / e-mail',
  subject: 'What was judged (after "Berita Acara Penilaian")',
  number: 'Letter number',
  numberHint:
    '{tahun} and {bulan} (Roman) are filled from the signing date; leave empty to write it by hand.',
  decree: 'Decree forming the panel (SK)',
  signingPlace: 'Place of signing',
  signingDate: 'Date of signing',
  chair: 'Head of the panel',
  noChair: '— not chosen —',
  signersTitle: 'Jurors as signers',
  jurorName: 'Name (as stored)',
  nip: 'NIP (18 digits)',
  rank: 'Rank / grade',
  acknowledgedTitle: 'Acknowledged by',
  acknowledgedHint: 'The official who signs "Mengetahui,". Leave every field empty if there is none.',
  position: 'Position',
  name: 'Name',
  capitals: 'Print signers’ names in capitals',
  copies: 'Number of copies (optional)',
  save: 'Save minutes settings',
  saved: 'Minutes settings saved.',
  open: 'Open the minutes to print',
  back: 'Back to settings',
  print: 'Print / save as PDF',
  printHint:
    'In the print dialog choose A4 paper and "Save as PDF". The letterhead is on the first page only.',
  draftWarning: 'This document is still a DRAFT: every page is marked SEMENTARA until every sheet is final.',
  finalNote: 'Every required sheet is final. Check the content before printing.',
  loading: 'Recomputing the results from the score bundles…',
};

export default { id, en };
