/** Console strings: importing tablets' score files, by file or by scanning their QR codes. */
import type { CameraProblem } from '#app/i18n/dict/enroll.ts';
import type { ImportOutcome } from '#shared/score-file-report.ts';

export interface ReportWords {
  file: string;
  juror: string;
  bundles: number;
  accepted: number;
  alreadyHad: number;
  changes: number;
  eventId: string;
}

const id = {
  scoreFilesTitle: 'Impor berkas nilai',
  scoreFilesIntro:
    'Berkas .juri dari tablet juri (menu Ekspor nilai), bila tablet tidak bisa mengirim lewat jaringan. Setiap berkas diperiksa tanda tangannya; bundel yang sudah diterima lewat jaringan tidak dihitung dua kali, dan berkas yang ditolak tidak mengubah apa pun.',
  dropHere: 'Tarik dan lepas berkas .juri di sini, satu atau beberapa sekaligus',
  chooseScoreFiles: 'Pilih berkas…',
  scanQr: 'Pindai kode QR dari tablet',
  reportsTitle: 'Hasil impor',
  importing: (file: string) => `${file}: sedang diimpor…`,
  outcome: {
    accepted: 'Diterima',
    already_had: 'Sudah ada',
    conflict: 'Bentrok',
    incomplete: 'Belum lengkap',
    tampered: 'Ditolak: berkas diubah',
    invalid: 'Ditolak: bukan berkas nilai',
    wrong_event: 'Ditolak: acara lain',
    unknown_device: 'Ditolak: tablet tidak dikenal',
    revoked_device: 'Ditolak: akses tablet dicabut',
  } satisfies Record<ImportOutcome, string>,
  explain: {
    accepted: (w: ReportWords) =>
      `${w.accepted} bundel baru (${w.changes} perubahan) dari ${w.juror} disimpan${w.alreadyHad > 0 ? `; ${w.alreadyHad} bundel sudah ada sebelumnya` : ''}.`,
    already_had: (w: ReportWords) =>
      `Semua ${w.bundles} bundel dari ${w.juror} sudah diterima sebelumnya (lewat jaringan atau impor). Tidak ada yang berubah.`,
    conflict: () =>
      'Ada bundel yang berbeda dengan yang sudah diterima server. Tidak ada yang disimpan dari berkas ini; periksa tablet juri bersama petugas.',
    incomplete: () =>
      'Server belum menerima perubahan sebelumnya dari tablet ini. Impor dulu berkas yang lebih lama (atau biarkan tablet mengirim), lalu impor berkas ini lagi.',
    tampered: () =>
      'Tanda tangan atau rantai bundel tidak cocok: isi berkas berubah setelah dibuat tablet. Tidak ada yang disimpan. Minta juri mengekspor ulang dari tabletnya.',
    invalid: () => 'Berkas ini bukan berkas nilai Juri, atau rusak/terpotong. Tidak ada yang disimpan.',
    wrong_event: (w: ReportWords) =>
      `Berkas ini untuk acara ${w.eventId}, bukan acara ini. Impor di acara yang benar.`,
    unknown_device: () =>
      'Tablet yang membuat berkas ini tidak pernah terdaftar di server ini. Tidak ada yang disimpan.',
    revoked_device: () =>
      'Akses tablet ini sudah dicabut sebelum nilai ini diterima. Daftarkan ulang tablet juri: nilai yang tersisa ditandatangani ulang dan terkirim.',
  } satisfies Record<ImportOutcome, (w: ReportWords) => string>,
  importFailed: (file: string, why: string) => `${file}: tidak bisa diimpor — ${why}`,
  unreadableFile: 'berkas tidak bisa dibaca',
  scanTitle: 'Pindai kode QR dari tablet',
  scanHint:
    'Arahkan kamera ke kode QR di tablet juri (Ekspor nilai → Tampilkan kode QR). Urutan tidak penting.',
  scanStarting: 'Menyalakan kamera…',
  scanProgress: (have: number, count: number) => `${have} dari ${count} kode terbaca`,
  scanCorrupt: 'Beberapa kode terbaca keliru. Pindai lagi: kode yang baik dikumpulkan ulang.',
  scanNotTransfer: 'Kode QR ini bukan kode berkas nilai Juri.',
  scanUnreadable: (why: string) => `Kode terbaca lengkap, tetapi isinya bukan berkas nilai: ${why}`,
  scanDone: 'Semua kode terbaca. Mengimpor…',
  scanClose: 'Tutup kamera',
  cameraLabel: 'Kamera untuk memindai kode QR',
  qrFileName: (id: string) => `kode-qr-${id}.juri`,
  cameraProblem: {
    denied: 'Izin kamera ditolak. Izinkan kamera di pengaturan browser, atau minta juri mengekspor berkas.',
    noCamera:
      'Perangkat ini tidak memiliki kamera yang dapat dipakai. Pakai perangkat lain, atau impor berkas.',
    insecure: 'Kamera hanya dapat dipakai bila konsol dibuka lewat https:// (atau localhost).',
    busy: 'Kamera sedang dipakai aplikasi lain. Tutup aplikasi itu, lalu coba lagi.',
    failed: 'Kamera tidak dapat dibuka. Impor berkasnya saja.',
    decoder: 'Pembaca kode QR tidak dapat dimuat. Impor berkasnya saja.',
  } satisfies Record<CameraProblem, string>,
};

const en: typeof id = {
  scoreFilesTitle: 'Import score files',
  scoreFilesIntro:
    '.juri files from the jurors’ tablets (Export scores), when a tablet cannot send over the network. Each file’s signature is checked; bundles that already came over the network are not counted twice, and a refused file changes nothing.',
  dropHere: 'Drag and drop .juri files here, one or several at once',
  chooseScoreFiles: 'Choose files…',
  scanQr: 'Scan QR codes from a tablet',
  reportsTitle: 'Import results',
  importing: (file: string) => `${file}: importing…`,
  outcome: {
    accepted: 'Accepted',
    already_had: 'Already had',
    conflict: 'Conflict',
    incomplete: 'Incomplete',
    tampered: 'Refused: file changed',
    invalid: 'Refused: not a score file',
    wrong_event: 'Refused: another event',
    unknown_device: 'Refused: unknown tablet',
    revoked_device: 'Refused: tablet revoked',
  },
  explain: {
    accepted: (w: ReportWords) =>
      `${w.accepted} new bundles (${w.changes} changes) from ${w.juror} stored${w.alreadyHad > 0 ? `; ${w.alreadyHad} bundles were already here` : ''}.`,
    already_had: (w: ReportWords) =>
      `All ${w.bundles} bundles from ${w.juror} were received before (over the network or an import). Nothing changed.`,
    conflict: () =>
      'A bundle differs from what the server already holds. Nothing from this file was stored; check the juror’s tablet with a technician.',
    incomplete: () =>
      'The server lacks earlier changes from this tablet. Import the older file first (or let the tablet send), then import this one again.',
    tampered: () =>
      'A signature or the bundle chain does not match: the file changed after the tablet made it. Nothing was stored. Ask the juror to export again from the tablet.',
    invalid: () => 'This is not a Juri score file, or it is damaged or cut off. Nothing was stored.',
    wrong_event: (w: ReportWords) =>
      `This file is for event ${w.eventId}, not this one. Import it in the right event.`,
    unknown_device: () =>
      'The tablet that made this file was never enrolled on this server. Nothing was stored.',
    revoked_device: () =>
      'This tablet’s access was revoked before these scores arrived. Enroll the juror’s tablet again: the remaining scores are signed again and sent.',
  },
  importFailed: (file: string, why: string) => `${file}: could not be imported — ${why}`,
  unreadableFile: 'the file could not be read',
  scanTitle: 'Scan QR codes from a tablet',
  scanHint:
    'Point the camera at the QR codes on the juror’s tablet (Export scores → Show QR codes). Order does not matter.',
  scanStarting: 'Starting the camera…',
  scanProgress: (have: number, count: number) => `${have} of ${count} codes read`,
  scanCorrupt: 'Some codes were misread. Keep scanning: the good codes are collected again.',
  scanNotTransfer: 'This QR code is not a Juri score-file code.',
  scanUnreadable: (why: string) => `All codes read, but they do not hold a score file: ${why}`,
  scanDone: 'All codes read. Importing…',
  scanClose: 'Close camera',
  cameraLabel: 'Camera for scanning QR codes',
  qrFileName: (id: string) => `kode-qr-${id}.juri`,
  cameraProblem: {
    denied:
      'Camera permission refused. Allow the camera in the browser settings, or ask the juror to export a file.',
    noCamera: 'This device has no usable camera. Use another device, or import a file.',
    insecure: 'The camera only works when the console is opened over https:// (or localhost).',
    busy: 'The camera is in use by another app. Close it, then try again.',
    failed: 'The camera could not be opened. Import the file instead.',
    decoder: 'The QR code reader could not be loaded. Import the file instead.',
  },
};

export default { id, en };
