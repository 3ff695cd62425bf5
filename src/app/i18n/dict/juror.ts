/** The first screens: enrollment first, practice mode beside it, the enrolled tablet, the integrity pact. */
import { sentence } from '#app/i18n/sentence.ts';

const id = {
  practiceTitle: 'Mode latihan',
  practiceIntro:
    'Coba Juri dengan acara contoh dan juri latihan. Nilai latihan hanya tersimpan di tablet ini dan tidak pernah dikirim ke panitia.',
  practicePick: 'Pilih juri latihan untuk mulai:',
  practiceCardTitle: 'Belum punya kode?',
  practiceCardText:
    'Coba dulu di mode latihan dengan acara contoh. Nilai latihan tidak dikirim dan tidak tercampur dengan nilai resmi.',
  practiceOpen: 'Buka mode latihan',
  backToEnroll: 'Kembali ke pendaftaran',
  practiceNotOffered:
    'Mode latihan tidak tersedia di tablet terdaftar, agar nilai latihan tidak tercampur dengan nilai resmi.',
  preparing: 'Menyiapkan acara latihan…',
  loadFailed: 'Acara latihan tidak dapat dimuat. Muat ulang halaman atau daftar dengan kode panitia.',
  startFailed: 'Juri tidak dapat dipilih. Coba lagi.',
  jurorsOf: (event: string) => `Juri ${event}`,
  enrolledTitle: 'Tablet ini sudah terdaftar',
  enrolledAs: (juror: string, event: string) => sentence(`Terdaftar untuk ${juror} · ${event}`),
  enrolledResume: 'Lanjutkan',
  pactTitle: 'Pakta integritas',
  pactIntro: (juror: string, event: string) =>
    `Saya, ${juror}, sebagai juri ${event}, menyatakan bahwa saya:`,
  pactPoints: [
    'menilai setiap peserta secara independen, jujur dan objektif, tanpa tekanan atau pengaruh dari pihak mana pun;',
    'menjaga kerahasiaan nilai dan pembahasan penilaian sampai hasil diumumkan resmi oleh panitia;',
    'menyatakan konflik kepentingan — misalnya inovasi dari instansi tempat saya bekerja atau dari keluarga — dan tidak menilai peserta tersebut;',
    'tidak menghubungi peserta tentang penilaian di luar sesi presentasi dan wawancara, dan tidak menerima pemberian dalam bentuk apa pun.',
  ],
  pactCheck: 'Saya telah membaca dan menyetujui pakta integritas ini.',
  pactAccept: 'Saya setuju',
  pactSwitch: 'Bukan saya — ganti juri',
  pactFailed: 'Persetujuan tidak dapat disimpan. Coba lagi.',
};
const en: typeof id = {
  practiceTitle: 'Practice mode',
  practiceIntro:
    'Try Juri with a sample event and practice jurors. Practice scores stay on this tablet only and are never sent to the organizer.',
  practicePick: 'Choose a practice juror to start:',
  practiceCardTitle: 'No code yet?',
  practiceCardText:
    'Try practice mode with a sample event first. Practice scores are not sent and never mix with official ones.',
  practiceOpen: 'Open practice mode',
  backToEnroll: 'Back to enrollment',
  practiceNotOffered:
    'Practice mode is not available on an enrolled tablet, so practice scores never mix with official ones.',
  preparing: 'Preparing the practice event…',
  loadFailed: 'The practice event could not be loaded. Reload the page or enroll with an organizer code.',
  startFailed: 'Could not choose this juror. Please try again.',
  jurorsOf: (event: string) => `Jurors of ${event}`,
  enrolledTitle: 'This tablet is enrolled',
  enrolledAs: (juror: string, event: string) => sentence(`Enrolled for ${juror} · ${event}`),
  enrolledResume: 'Continue',
  pactTitle: 'Integrity pact',
  pactIntro: (juror: string, event: string) => `I, ${juror}, as a juror of ${event}, declare that I will:`,
  pactPoints: [
    'score every participant independently, honestly and objectively, free of pressure or influence from anyone;',
    'keep scores and the panel’s discussions confidential until the organizer announces the official result;',
    'declare any conflict of interest — for example an innovation from my own agency or from family — and not score that participant;',
    'not contact participants about the judging outside the presentation and interview, and accept no gifts of any kind.',
  ],
  pactCheck: 'I have read and agree to this integrity pact.',
  pactAccept: 'I agree',
  pactSwitch: 'Not me — switch juror',
  pactFailed: 'Your agreement could not be saved. Please try again.',
};
export default { id, en };
