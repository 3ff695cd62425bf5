/** Sending scores to the panitia: the sync panel and enrollment (with the badge's strings). */

import type { SyncProblemCode } from '#app/db/sync-status-repo.ts';
import syncBadge from '#app/i18n/dict/sync-badge.ts';
import { sentence } from '#app/i18n/sentence.ts';
import type { EnrollFailure } from '#app/sync/enroll.ts';

const KEEP = 'Nilai tetap aman di tablet.';
const ASK = 'Hubungi panitia.';

const id = {
  ...syncBadge.id,
  panelTitle: 'Pengiriman nilai',
  lastSuccess: (time: string) => `Terakhir terkirim: ${time}`,
  neverSent: 'Belum ada nilai yang terkirim dari tablet ini.',
  lastProblem: 'Kendala terakhir',
  nextTry: (time: string) => `Dicoba lagi otomatis sekitar pukul ${time}.`,
  sendNow: 'Kirim sekarang',
  problem: {
    offline:
      'Tablet tidak tersambung ke server. Nilai disimpan di tablet dan dikirim otomatis saat tersambung.',
    timeout: 'Server tidak menjawab tepat waktu. Pengiriman dicoba lagi otomatis.',
    server_error: 'Server sedang bermasalah. Pengiriman dicoba lagi otomatis.',
    not_json:
      'Yang menjawab bukan server Juri — biasanya Wi-Fi hotel yang meminta login. Buka browser untuk login Wi-Fi; pengiriman dicoba lagi otomatis.',
    rate_limited: 'Server meminta tablet menunggu sebentar. Pengiriman dicoba lagi otomatis.',
    revoked: `Akses tablet ini sudah dicabut. ${KEEP} Hubungi panitia untuk kode pendaftaran baru: setelah didaftarkan ulang, tablet memakai ID baru dan mengirim nilai Anda yang belum terkirim (bila kode itu untuk Anda).`,
    forbidden: `Server menolak nilai ini untuk pendaftaran tablet ini. ${KEEP} ${ASK}`,
    conflict: `Server sudah menyimpan versi lain dari kiriman ini. ${KEEP} ${ASK}`,
    sequence_gap: `Urutan kiriman tablet tidak cocok dengan catatan server, dan tablet tidak dapat memperbaikinya sendiri. ${KEEP} ${ASK}`,
    rejected: `Server menolak kiriman ini. ${KEEP} ${ASK}`,
    foreign_change: `Di catatan tablet ada perubahan milik juri atau acara lain tepat di urutan kiriman berikutnya, sehingga pengiriman tertahan di situ. ${KEEP} ${ASK}`,
  } satisfies Record<SyncProblemCode, string>,
  problemDetail: (detail: string) => `Untuk panitia: ${detail}`,
  stranded: (n: number) =>
    `${n} perubahan dari pendaftaran sebelumnya di tablet ini tidak dapat dikirim lagi dengan pendaftaran sekarang, dan tablet tidak dapat memastikan apakah server sudah menerimanya. Perubahan itu tetap tersimpan di tablet. ${ASK}`,
  previousIds: (ids: string) => `ID sebelumnya (akses dicabut): ${ids}`,
  continuedFrom: (id: string) =>
    `Tablet ini melanjutkan kiriman ID ${id} yang aksesnya dicabut: nilai yang sudah diterima server dari ID itu tidak dikirim lagi, sisanya dikirim dengan ID baru.`,
  headMismatch: (id: string) =>
    `Catatan kiriman di tablet ini tidak cocok dengan catatan server untuk ID ${id} yang aksesnya dicabut, jadi tablet tidak menganggap nilai dari ID itu sudah diterima server dan tidak mengirimnya ulang, agar tidak tercatat dua kali. Nilai itu tetap tersimpan di tablet. ${ASK}`,

  insecureTitle: 'Alamat ini tidak aman untuk pendaftaran',
  insecureWhy: (origin: string) =>
    `Tablet membuka Juri di ${origin}. Di alamat http:// seperti ini, peramban mematikan fitur tanda tangan digital (WebCrypto) yang dipakai tablet untuk mengirim nilai dengan aman, sehingga nilai tidak akan pernah terkirim.`,
  insecureWhat:
    'Minta panitia membuka alamat HTTPS Juri (yang dimulai dengan https://) dan memindai kode QR dari sana. Kode pendaftaran Anda belum dipakai dan tetap berlaku.',

  enrollTitle: 'Daftarkan tablet',
  enrollIntro:
    'Pindai kode QR pada kartu pendaftaran dari panitia, atau ketik kode pendaftarannya (8 huruf/angka).',
  codeLabel: 'Kode pendaftaran',
  codeHint:
    'Huruf besar/kecil, spasi dan tanda hubung tidak masalah. Kode tidak pernah memakai huruf O dan I atau angka 0 dan 1.',
  codeAmbiguous:
    'Kode Anda berisi O, I, 0 atau 1, yang tidak pernah dipakai: periksa lagi huruf dan angka yang mirip (misalnya 0 dan D, 1 dan L).',
  submit: 'Daftarkan',
  submitting: 'Mendaftarkan…',
  confirmFromLink: (code: string) => `Daftarkan tablet ini dengan kode ${code}?`,
  confirmYes: 'Ya, daftarkan',
  useOtherCode: 'Pakai kode lain',
  enrolledTitle: 'Tablet terdaftar',
  enrolledAs: (name: string) => sentence(`Tablet ini terdaftar untuk ${name}`),
  deviceLabel: 'ID tablet',
  reenrollTitle: 'Daftar ulang dengan kode baru',
  reenrollHint:
    'Hanya bila panitia memberi kode baru, misalnya setelah akses tablet dicabut. Tablet yang aksesnya dicabut didaftarkan dengan ID baru: nilai yang belum terkirim ikut dikirim bila kodenya untuk juri yang sama, dan tetap tersimpan di tablet bila untuk juri lain.',
  failure: {
    invalid_code: 'Kode pendaftaran terdiri dari 8 huruf/angka, misalnya ABCD-EFGH.',
    code_not_found: 'Kode tidak dikenal. Periksa lagi, atau minta kode baru ke panitia.',
    code_used: 'Kode ini sudah dipakai. Setiap kode hanya berlaku sekali: minta kode baru ke panitia.',
    code_expired: 'Kode ini sudah kedaluwarsa. Minta kode baru ke panitia.',
    too_many_attempts:
      'Terlalu banyak kode salah dicoba dari jaringan ini. Tunggu beberapa detik, lalu coba lagi.',
    device_revoked: `Server menolak tablet ini karena aksesnya dicabut, juga dengan ID baru. Kode belum terpakai. ${KEEP} ${ASK}`,
    device_taken: `Server mengenal tablet ini dengan pendaftaran lain yang tidak ada di tablet. ${ASK}`,
    offline: 'Tablet tidak dapat menghubungi server Juri. Sambungkan ke Wi-Fi acara, lalu coba lagi.',
    server_error: 'Server sedang bermasalah. Coba lagi sebentar lagi.',
    bad_reply: `Jawaban server tidak dapat dipakai. ${ASK}`,
    storage_failed: 'Tablet gagal menyimpan pendaftaran. Kode sudah terpakai: minta kode baru ke panitia.',
    insecure_context:
      'Alamat ini tidak aman (http://), jadi tablet tidak didaftarkan dan kode belum terpakai. Minta panitia membuka alamat HTTPS Juri.',
    previous_unsent:
      'Nilai juri sebelumnya di tablet ini belum semua terkirim ke server. Tablet baru bisa didaftarkan ulang setelah nilai itu terkirim, agar tidak ada yang tertinggal. Sambungkan ke Wi-Fi acara lalu coba lagi; kode belum terpakai.',
  } satisfies Record<EnrollFailure, string>,
};

const KEEP_EN = 'Your scores are safe on this tablet.';
const ASK_EN = 'Please contact the organizer.';

const en: typeof id = {
  ...syncBadge.en,
  panelTitle: 'Score upload',
  lastSuccess: (time: string) => `Last sent: ${time}`,
  neverSent: 'No scores have been sent from this tablet yet.',
  lastProblem: 'Last problem',
  nextTry: (time: string) => `Will retry automatically around ${time}.`,
  sendNow: 'Send now',
  problem: {
    offline:
      'The tablet cannot reach the server. Scores are kept on the tablet and sent automatically once connected.',
    timeout: 'The server did not answer in time. Sending will be retried automatically.',
    server_error: 'The server has a problem. Sending will be retried automatically.',
    not_json:
      'Something other than the Juri server answered — usually hotel Wi-Fi asking for a login. Open the browser to log in; sending will be retried automatically.',
    rate_limited: 'The server asked the tablet to wait a moment. Sending will be retried automatically.',
    revoked: `This tablet's access has been revoked. ${KEEP_EN} Please contact the organizer for a new enrollment code: once enrolled again, the tablet uses a new ID and sends your scores that have not been sent yet (if the code is yours).`,
    forbidden: `The server refused these scores for this tablet's enrollment. ${KEEP_EN} ${ASK_EN}`,
    conflict: `The server already holds a different version of this upload. ${KEEP_EN} ${ASK_EN}`,
    sequence_gap: `The tablet's upload order does not match the server's records, and the tablet cannot repair it by itself. ${KEEP_EN} ${ASK_EN}`,
    rejected: `The server refused this upload. ${KEEP_EN} ${ASK_EN}`,
    foreign_change: `The tablet's log holds a change of another juror or event exactly where the next upload must start, so uploading is on hold there. ${KEEP_EN} ${ASK_EN}`,
  },
  problemDetail: (detail: string) => `For the organizer: ${detail}`,
  stranded: (n: number) =>
    `${n} change${n === 1 ? '' : 's'} from an earlier enrollment of this tablet cannot be sent under the current enrollment, and the tablet cannot tell whether the server received ${n === 1 ? 'it' : 'them'}. ${n === 1 ? 'It stays' : 'They stay'} stored on this tablet. ${ASK_EN}`,
  previousIds: (ids: string) => `Earlier IDs (access revoked): ${ids}`,
  continuedFrom: (id: string) =>
    `This tablet continues the uploads of the revoked ID ${id}: scores the server already received from that ID are not sent again, the rest go under the new ID.`,
  headMismatch: (id: string) =>
    `This tablet's upload record does not match the server's record for the revoked ID ${id}, so the tablet does not take any score of that ID as received and does not send them again, so that nothing is counted twice. Those scores stay stored on this tablet. ${ASK_EN}`,

  insecureTitle: 'This address is not safe for enrollment',
  insecureWhy: (origin: string) =>
    `This tablet opened Juri at ${origin}. At an http:// address like this, the browser switches off the digital signing (WebCrypto) the tablet uses to send scores safely, so scores would never be sent.`,
  insecureWhat:
    "Ask the organizer to open Juri's HTTPS address (starting with https://) and scan the QR code from there. Your enrollment code has not been used and still works.",

  enrollTitle: 'Enroll this tablet',
  enrollIntro:
    "Scan the QR code on the organizer's enrollment card, or type its enrollment code (8 letters/digits).",
  codeLabel: 'Enrollment code',
  codeHint:
    'Upper or lower case, spaces and dashes are all fine. Codes never use the letters O and I or the digits 0 and 1.',
  codeAmbiguous:
    'Your code contains O, I, 0 or 1, which codes never use: check letters and digits that look alike (e.g. 0 and D, 1 and L).',
  submit: 'Enroll',
  submitting: 'Enrolling…',
  confirmFromLink: (code: string) => `Enroll this tablet with code ${code}?`,
  confirmYes: 'Yes, enroll',
  useOtherCode: 'Use another code',
  enrolledTitle: 'Tablet enrolled',
  enrolledAs: (name: string) => sentence(`This tablet is enrolled for ${name}`),
  deviceLabel: 'Tablet ID',
  reenrollTitle: 'Enroll again with a new code',
  reenrollHint:
    "Only when the organizer gives you a new code, e.g. after this tablet's access was revoked. A revoked tablet enrolls under a new ID: scores not sent yet go with it when the code is for the same juror, and stay on this tablet when it is for another juror.",
  failure: {
    invalid_code: 'An enrollment code is 8 letters/digits, e.g. ABCD-EFGH.',
    code_not_found: 'Unknown code. Check it, or ask the organizer for a new one.',
    code_used: 'This code has already been used. Each code works once: ask the organizer for a new one.',
    code_expired: 'This code has expired. Ask the organizer for a new one.',
    too_many_attempts:
      'Too many wrong codes were tried from this network. Wait a few seconds, then try again.',
    device_revoked: `The server refused this tablet as revoked, even under a new ID. The code was not used. ${KEEP_EN} ${ASK_EN}`,
    device_taken: `The server knows this tablet under an enrollment the tablet does not hold. ${ASK_EN}`,
    offline: 'The tablet cannot reach the Juri server. Connect to the event Wi-Fi and try again.',
    server_error: 'The server has a problem. Try again in a moment.',
    bad_reply: `The server's answer cannot be used. ${ASK_EN}`,
    storage_failed:
      'The tablet could not store the enrollment. The code is now used: ask the organizer for a new one.',
    insecure_context:
      'This address is not secure (http://), so the tablet was not enrolled and the code was not used. Ask the organizer to open Juri’s HTTPS address.',
    previous_unsent:
      "The previous juror's scores on this tablet have not all reached the server yet. The tablet can be enrolled again once they have, so nothing is left behind. Connect to the event Wi-Fi and try again; the code was not used.",
  },
};

export default { id, en };
