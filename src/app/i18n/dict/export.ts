/** The tablet's "Ekspor nilai" screen and its QR codes (the offer elsewhere: export-offer.ts). */
const id = {
  title: 'Ekspor nilai',
  intro:
    'Bila jaringan tidak kembali, berikan nilai Anda kepada panitia sebagai berkas atau lewat kode QR. Panitia memeriksa tanda tangannya; nilai yang sudah terkirim tidak akan terhitung dua kali.',
  preparing: 'Menyiapkan berkas…',
  nothing: 'Belum ada juri di tablet ini: tidak ada nilai untuk diekspor.',
  practice:
    'Mode latihan: nilai latihan tidak ditandatangani dan tidak bisa diimpor panitia. Salinan yang bisa dibaca tetap tersedia.',
  unenrolled:
    'Tablet ini belum terdaftar: nilainya tidak ditandatangani dan tidak bisa diimpor panitia. Salinan yang bisa dibaca tetap tersedia.',
  who: (juror: string, event: string) => `${juror} · ${event}`,
  contents: (bundles: number, changes: number, sheets: number) =>
    `${bundles} bundel bertanda tangan · ${changes} perubahan · ${sheets} lembar penilaian`,
  unsent: (n: number) =>
    n === 0 ? 'Semua bundel sudah diterima server.' : `${n} bundel belum diterima server.`,
  unbundled: (n: number) =>
    `${n} perubahan terakhir belum bisa ditandatangani karena penyimpanan tablet menolak menulis. Semuanya ada di salinan XLSX/CSV; kosongkan ruang penyimpanan lalu ekspor lagi.`,
  fileTitle: 'Berkas nilai (.juri)',
  fileHelp:
    'Untuk diimpor panitia di konsol (tab Berkas nilai). Kirim lewat WhatsApp, surel, Drive, atau flashdisk.',
  shareFile: 'Bagikan berkas nilai',
  downloadFile: 'Unduh berkas nilai',
  readableTitle: 'Salinan yang bisa dibaca',
  readableHelp: 'Nilai Anda per peserta untuk dibuka di Excel. Tidak bisa diimpor sebagai nilai resmi.',
  downloadXlsx: 'Unduh XLSX',
  downloadCsv: 'Unduh CSV',
  qrTitle: 'Kirim lewat kode QR (tanpa jaringan)',
  qrHelp:
    'Panitia memindai kode-kode ini dengan kamera di konsol (Berkas nilai → Pindai kode QR). Kode berganti sendiri; urutan tidak penting.',
  qrUnsent: (n: number) => `Belum terkirim (${n} bundel)`,
  qrAll: (n: number) => `Semua (${n} bundel)`,
  qrShow: 'Tampilkan kode QR',
  qrNone: 'Tidak ada bundel untuk dikirim lewat kode QR.',
  qrFrame: (n: number, of: number) => `Kode ${n} dari ${of}`,
  qrLabel: (n: number, of: number) => `Kode QR ${n} dari ${of}`,
  qrPause: 'Jeda',
  qrPlay: 'Putar',
  qrPrevious: 'Sebelumnya',
  qrNext: 'Berikutnya',
  qrClose: 'Tutup kode QR',
  shared: 'Berkas dibagikan.',
  downloaded: (name: string) => `Berkas ${name} diunduh.`,
  failed: 'Berkas tidak bisa dibuat. Coba lagi.',
  back: 'Kembali',
};

const en: typeof id = {
  title: 'Export scores',
  intro:
    'If the network does not come back, give your scores to the organizer as a file or through QR codes. The organizer checks their signature; scores already sent are never counted twice.',
  preparing: 'Preparing the file…',
  nothing: 'No juror on this tablet yet: there are no scores to export.',
  practice:
    'Practice mode: practice scores are not signed and cannot be imported by the organizer. The readable copy is still available.',
  unenrolled:
    'This tablet is not enrolled: its scores are not signed and cannot be imported by the organizer. The readable copy is still available.',
  who: (juror: string, event: string) => `${juror} · ${event}`,
  contents: (bundles: number, changes: number, sheets: number) =>
    `${bundles} signed bundles · ${changes} changes · ${sheets} score sheets`,
  unsent: (n: number) =>
    n === 0 ? 'The server has every bundle.' : `${n} bundles not yet received by the server.`,
  unbundled: (n: number) =>
    `The last ${n} changes could not be signed because the tablet's storage refused to write. They are all in the XLSX/CSV copy; free some storage, then export again.`,
  fileTitle: 'Score file (.juri)',
  fileHelp:
    'For the organizer to import in the console (Score files tab). Send it by WhatsApp, e-mail, Drive or a USB stick.',
  shareFile: 'Share the score file',
  downloadFile: 'Download the score file',
  readableTitle: 'Readable copy',
  readableHelp: 'Your scores per participant, to open in Excel. It cannot be imported as official scores.',
  downloadXlsx: 'Download XLSX',
  downloadCsv: 'Download CSV',
  qrTitle: 'Send through QR codes (no network)',
  qrHelp:
    'The organizer scans these codes with the camera in the console (Score files → Scan QR codes). The codes change by themselves; their order does not matter.',
  qrUnsent: (n: number) => `Not sent yet (${n} bundles)`,
  qrAll: (n: number) => `All (${n} bundles)`,
  qrShow: 'Show QR codes',
  qrNone: 'No bundles to send through QR codes.',
  qrFrame: (n: number, of: number) => `Code ${n} of ${of}`,
  qrLabel: (n: number, of: number) => `QR code ${n} of ${of}`,
  qrPause: 'Pause',
  qrPlay: 'Play',
  qrPrevious: 'Previous',
  qrNext: 'Next',
  qrClose: 'Close QR codes',
  shared: 'File shared.',
  downloaded: (name: string) => `File ${name} downloaded.`,
  failed: 'The file could not be made. Try again.',
  back: 'Back',
};

export default { id, en };
