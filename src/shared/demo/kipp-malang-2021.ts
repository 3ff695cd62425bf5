/**
 * The demo event bundled with the app: KIPP Kota Malang 2021, presentation and interview stage.
 * Agencies are real Kota Malang bodies; innovation titles, summaries and jurors are fictional.
 * Teams are listed in presentation order: the schedule is built from that order.
 */
import type { EventPackage, Slot, Team } from '#shared/event.ts';
import { KIPP_MALANG } from '#shared/rubric-presets.ts';

const DAYS = ['2021-03-16', '2021-03-17'];
const ROOM = 'Ruang Bromo';
const PRESENTATION_MINUTES = 7;
const INTERVIEW_MINUTES = 13;
const SLOT_MINUTES = PRESENTATION_MINUTES + INTERVIEW_MINUTES;
// Twelve slots before lunch (08:00–12:00) and eleven after (13:00–16:40): Malang heard ~23 teams a day.
const SESSIONS = [
  { fromMinute: 8 * 60, slots: 12 },
  { fromMinute: 13 * 60, slots: 11 },
];

const TEAMS: Team[] = [
  // Day 1, 16 March 2021
  {
    id: 't01',
    agency: 'Dinas Kependudukan dan Pencatatan Sipil',
    agencyType: 'perangkat-daerah',
    title: 'SIDUKTHRU: Adminduk Drive-Thru',
    summary:
      'Warga mengambil KTP-el, kartu keluarga dan akta tanpa turun dari kendaraan di loket drive-thru, sehingga kerumunan di ruang tunggu hilang selama pandemi.',
  },
  {
    id: 't02',
    agency: 'SMP Negeri 3 Malang',
    agencyType: 'sekolah',
    title: 'KADAHEKU: Kelas Daring Hemat Kuota',
    summary:
      'Materi dikemas sebagai video pendek beresolusi rendah dan lembar kerja yang cukup diunduh sekali seminggu, menghemat kuota internet keluarga siswa.',
  },
  {
    id: 't03',
    agency: 'Puskesmas Kendalkerep',
    agencyType: 'puskesmas',
    title: 'ANTRE-WA: Nomor Antrean lewat WhatsApp',
    summary:
      'Pasien mendaftar dan menerima nomor antrean serta perkiraan jam dipanggil lewat WhatsApp; waktu tunggu di puskesmas turun dari sekitar 90 menjadi 25 menit.',
  },
  {
    id: 't04',
    agency: 'Kecamatan Klojen',
    agencyType: 'unit-kerja',
    title: 'KLIK: Klojen Surat Kilat',
    summary:
      'Surat keterangan kecamatan diajukan secara daring dan selesai dalam satu hari kerja, dengan status yang dapat dilacak lewat pesan singkat.',
  },
  {
    id: 't05',
    agency: 'SD Negeri Kauman 1',
    agencyType: 'sekolah',
    title: 'BELATI: Belajar Membaca lewat Telepon',
    summary:
      'Guru kelas rendah membimbing siswa membaca melalui panggilan telepon terjadwal, cocok bagi keluarga yang tidak memiliki paket data.',
  },
  {
    id: 't06',
    agency: 'Dinas Kesehatan',
    agencyType: 'perangkat-daerah',
    title: 'SIAP-VAKSIN: Pendaftaran Vaksinasi Terjadwal',
    summary:
      'Pendaftaran vaksinasi melalui formulir web dengan pembagian jam kedatangan dan pengingat SMS, agar lokasi vaksinasi tidak penuh sesak.',
  },
  {
    id: 't07',
    agency: 'Perumda Air Minum Tugu Tirta',
    agencyType: 'perusahaan-daerah',
    title: 'BAMEDI: Baca Meter Mandiri',
    summary:
      'Pelanggan memotret meter air sendiri lewat aplikasi; tagihan lebih tepat dan petugas tidak perlu masuk ke rumah pelanggan selama pandemi.',
  },
  {
    id: 't08',
    agency: 'SMP Negeri 5 Malang',
    agencyType: 'sekolah',
    title: 'GUNJUNGSIS: Guru Kunjung Siswa',
    summary:
      'Guru mendatangi kelompok kecil siswa tanpa gawai di rumah warga dengan protokol kesehatan, supaya tidak ada siswa yang tertinggal pelajaran.',
  },
  {
    id: 't09',
    agency: 'Dinas Penanaman Modal dan PTSP',
    agencyType: 'perangkat-daerah',
    title: 'PEDAR: Perizinan dari Rumah',
    summary:
      'Izin usaha mikro diajukan, diverifikasi dan diterbitkan sepenuhnya secara daring dengan tanda tangan elektronik, tanpa datang ke loket.',
  },
  {
    id: 't10',
    agency: 'Kelurahan Tlogomas',
    agencyType: 'unit-kerja',
    title: 'KOMAKA: Konservasi Mata Air Kampung',
    summary:
      'Warga dan kelurahan merawat mata air serta menanam pohon di sempadan sungai; debit mata air diukur dan diumumkan setiap bulan.',
  },
  {
    id: 't11',
    agency: 'SD Negeri Sawojajar 1',
    agencyType: 'sekolah',
    title: 'POBERT: Pos Belajar RT',
    summary:
      'Balai RT dijadikan pos belajar kelompok kecil yang didampingi guru dan relawan mahasiswa bagi siswa yang kesulitan belajar dari rumah.',
  },
  {
    id: 't12',
    agency: 'Puskesmas Arjuno',
    agencyType: 'puskesmas',
    title: 'KURMA: Kunjungan Rumah Ibu Hamil Risiko Tinggi',
    summary:
      'Bidan memantau ibu hamil risiko tinggi lewat panggilan video dan kunjungan rumah terjadwal, sehingga pemeriksaan tidak terputus selama pandemi.',
  },
  {
    id: 't13',
    agency: 'Badan Pendapatan Daerah',
    agencyType: 'perangkat-daerah',
    title: 'PAJAK KAMPUNG: Loket PBB di Toko Kelontong',
    summary:
      'Toko kelontong mitra menjadi titik bayar PBB dengan aplikasi kasir sederhana, mendekatkan layanan kepada warga yang jauh dari bank.',
  },
  {
    id: 't14',
    agency: 'SMP Negeri 8 Malang',
    agencyType: 'sekolah',
    title: 'LAB-VIR: Laboratorium IPA Virtual',
    summary:
      'Praktikum IPA dilakukan dengan simulasi daring dan bahan dapur; siswa mengumpulkan laporan praktikum dalam bentuk video pendek.',
  },
  {
    id: 't15',
    agency: 'Kecamatan Blimbing',
    agencyType: 'unit-kerja',
    title: 'DRIVE-KU: Layanan Kecamatan Drive-Thru',
    summary:
      'Dokumen kependudukan dan surat keterangan diserahkan di halaman kantor kecamatan tanpa warga masuk ruangan, dengan jadwal pengambilan lewat pesan.',
  },
  {
    id: 't16',
    agency: 'Dinas Lingkungan Hidup',
    agencyType: 'perangkat-daerah',
    title: 'TASADI: Tabungan Sampah Digital',
    summary:
      'Bank sampah tingkat RW mencatat setoran warga di aplikasi; saldo dapat dipakai membayar iuran kebersihan atau berbelanja di koperasi warga.',
  },
  {
    id: 't17',
    agency: 'SD Negeri Tlogomas 2',
    agencyType: 'sekolah',
    title: 'MATDAP: Matematika Dapur',
    summary:
      'Soal matematika dikaitkan dengan kegiatan memasak dan berbelanja, dikerjakan bersama orang tua dan dilaporkan lewat foto.',
  },
  {
    id: 't18',
    agency: 'Puskesmas Dinoyo',
    agencyType: 'puskesmas',
    title: 'PANTAS: Pos Antar Obat Pasien Kronis',
    summary:
      'Pasien hipertensi dan diabetes menerima obat rutin bulanan di rumah melalui kader kesehatan, tanpa antre di apotek puskesmas.',
  },
  {
    id: 't19',
    agency: 'Dinas Perhubungan',
    agencyType: 'perangkat-daerah',
    title: 'E-PARKIR: Parkir Tepi Jalan Nontunai',
    summary:
      'Pengguna membayar parkir tepi jalan dengan kode QR; setoran juru parkir tercatat otomatis sehingga kebocoran retribusi berkurang.',
  },
  {
    id: 't20',
    agency: 'SMP Negeri 12 Malang',
    agencyType: 'sekolah',
    title: 'BASOGU: Bank Soal Bersama Guru',
    summary:
      'Guru SMP negeri berbagi soal yang sudah ditelaah bersama dalam satu bank soal daring untuk penilaian jarak jauh yang adil.',
  },
  {
    id: 't21',
    agency: 'Kelurahan Oro-oro Dowo',
    agencyType: 'unit-kerja',
    title: 'SPANTRE: Surat Pengantar Tanpa Antre',
    summary:
      'Ketua RT dan RW menerbitkan surat pengantar elektronik yang langsung diterima kelurahan, sehingga warga cukup datang satu kali.',
  },
  {
    id: 't22',
    agency: 'Dinas Komunikasi dan Informatika',
    agencyType: 'perangkat-daerah',
    title: 'LACAK: Layanan Aduan Cepat Kota',
    summary:
      'Aduan warga dari WhatsApp, media sosial dan situs web dihimpun dalam satu dasbor dan diteruskan ke perangkat daerah dengan batas waktu tanggapan.',
  },
  {
    id: 't23',
    agency: 'SD Negeri Purwantoro 3',
    agencyType: 'sekolah',
    title: 'GELIK: Gerakan Literasi Keluarga',
    summary:
      'Buku perpustakaan kelas dipinjamkan bergilir ke rumah siswa; setiap keluarga mencatat bacaan bersama dalam jurnal baca mingguan.',
  },
  // Day 2, 17 March 2021
  {
    id: 't24',
    agency: 'Dinas Pendidikan dan Kebudayaan',
    agencyType: 'perangkat-daerah',
    title: 'BERDUA: Belajar dari Rumah Terpadu',
    summary:
      'Portal bersama berisi materi, jadwal dan tugas untuk SD dan SMP negeri, dengan versi hemat kuota bagi siswa yang memakai ponsel orang tua.',
  },
  {
    id: 't25',
    agency: 'Puskesmas Janti',
    agencyType: 'puskesmas',
    title: 'SKRIMAN: Skrining Mandiri sebelum Berobat',
    summary:
      'Pasien mengisi formulir skrining sebelum datang, sehingga alur pasien bergejala dan tidak bergejala dipisahkan sejak pintu masuk.',
  },
  {
    id: 't26',
    agency: 'SMP Negeri 18 Malang',
    agencyType: 'sekolah',
    title: 'KODASIS: Konseling Daring Sahabat Siswa',
    summary:
      'Guru BK membuka layanan konseling lewat pesan dan panggilan video bagi siswa yang jenuh atau menghadapi masalah selama belajar dari rumah.',
  },
  {
    id: 't27',
    agency: 'Kecamatan Lowokwaru',
    agencyType: 'unit-kerja',
    title: 'LORAM: Lowokwaru Ramah Pendatang',
    summary:
      'Pemilik indekos mendata penghuni nonpermanen, terutama mahasiswa, melalui formulir daring yang diverifikasi kelurahan.',
  },
  {
    id: 't28',
    agency: 'Badan Kepegawaian dan Pengembangan SDM',
    agencyType: 'perangkat-daerah',
    title: 'KAPTAB: Kenaikan Pangkat Tanpa Berkas',
    summary:
      'Usulan kenaikan pangkat ASN diunggah dan diverifikasi secara daring; waktu proses turun dari sekitar tiga bulan menjadi tiga minggu.',
  },
  {
    id: 't29',
    agency: 'SD Negeri Bandungrejosari 1',
    agencyType: 'sekolah',
    title: 'MOCAJE: Modul Cetak Antar-Jemput',
    summary:
      'Modul belajar cetak diantar dan dijemput setiap minggu ke rumah siswa yang tidak memiliki gawai, lengkap dengan lembar umpan balik guru.',
  },
  {
    id: 't30',
    agency: 'Perumda Air Minum Tugu Tirta',
    agencyType: 'perusahaan-daerah',
    title: 'DEKAP: Deteksi Kebocoran Pipa per Zona',
    summary:
      'Jaringan pipa dibagi menjadi zona bermeter induk sehingga kebocoran cepat ditemukan dan air yang hilang tanpa rekening berkurang.',
  },
  {
    id: 't31',
    agency: 'Kecamatan Sukun',
    agencyType: 'unit-kerja',
    title: 'SUPEL: Sukun Peduli Lansia',
    summary:
      'Petugas kecamatan bersama kader mengantar layanan administrasi ke rumah warga lanjut usia dan penyandang disabilitas.',
  },
  {
    id: 't32',
    agency: 'SMP Negeri 21 Malang',
    agencyType: 'sekolah',
    title: 'SEHAT AIR: Sekolah Hemat Air',
    summary:
      'Air bekas wudu dan cuci tangan ditampung dan disaring untuk menyiram taman sekolah; pemakaian air bersih sekolah turun sekitar sepertiga.',
  },
  {
    id: 't33',
    agency: 'Dinas Sosial',
    agencyType: 'perangkat-daerah',
    title: 'DABSATU: Data Bansos Satu Pintu',
    summary:
      'Kader kelurahan memutakhirkan data penerima bantuan sosial lewat ponsel, dicocokkan dengan data kependudukan untuk mencegah penerima ganda.',
  },
  {
    id: 't34',
    agency: 'Puskesmas Ciptomulyo',
    agencyType: 'puskesmas',
    title: 'KAJISKA: Kader Jiwa Sehat Kampung',
    summary:
      'Kader kampung dilatih mengenali gangguan jiwa dan mendampingi pasien agar rutin kontrol dan minum obat.',
  },
  {
    id: 't35',
    agency: 'SD Negeri Merjosari 5',
    agencyType: 'sekolah',
    title: 'KEBUNDA: Kebun Sekolah dari Rumah',
    summary:
      'Siswa menanam sayur di rumah dengan panduan video dan mencatat pertumbuhannya sebagai proyek IPA dan matematika.',
  },
  {
    id: 't36',
    agency: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    agencyType: 'perangkat-daerah',
    title: 'SUREK: Sumur Resapan Kampung',
    summary:
      'Warga dan pengembang membangun sumur resapan dengan panduan teknis dan pendampingan dinas, menambah cadangan air tanah dan mengurangi genangan.',
  },
  {
    id: 't37',
    agency: 'Kelurahan Bandungrejosari',
    agencyType: 'unit-kerja',
    title: 'DUMAS: Dapur Umum Isolasi Mandiri',
    summary:
      'Dapur umum kelurahan mengirim makanan ke warga yang menjalani isolasi mandiri, didata oleh ketua RT melalui formulir daring.',
  },
  {
    id: 't38',
    agency: 'SMP Negeri 24 Malang',
    agencyType: 'sekolah',
    title: 'RADIO: Rapor Digital untuk Orang Tua',
    summary:
      'Orang tua melihat kehadiran, tugas dan nilai anak setiap pekan lewat aplikasi dan dapat langsung menghubungi wali kelas.',
  },
  {
    id: 't39',
    agency: 'Badan Penanggulangan Bencana Daerah',
    agencyType: 'perangkat-daerah',
    title: 'KATANA: Kampung Tangguh Bencana Berbasis Peta',
    summary:
      'Warga memetakan titik rawan banjir dan longsor di lingkungannya; peta itu dipakai untuk peringatan dini lewat grup pesan RW.',
  },
  {
    id: 't40',
    agency: 'Kecamatan Kedungkandang',
    agencyType: 'unit-kerja',
    title: 'KAHITA: Kampung Hijau Tadah Hujan',
    summary:
      'Rumah warga memasang penampung air hujan untuk menyiram tanaman dan sebagai cadangan air bersih pada musim kemarau.',
  },
  {
    id: 't41',
    agency: 'SD Negeri Oro-oro Dowo',
    agencyType: 'sekolah',
    title: 'KELASI: Kelas Isyarat Inklusif',
    summary:
      'Video pembelajaran dilengkapi juru bahasa isyarat dan teks agar siswa tunarungu dapat belajar dari rumah bersama teman sekelasnya.',
  },
  {
    id: 't42',
    agency: 'RSUD Kota Malang',
    agencyType: 'perangkat-daerah',
    title: 'ANDARU: Antrean Poli dari Rumah',
    summary:
      'Pasien rawat jalan mengambil nomor antrean poli dari rumah dan menerima perkiraan jam dipanggil, sehingga ruang tunggu tidak penuh.',
  },
  {
    id: 't43',
    agency: 'Puskesmas Mojolangu',
    agencyType: 'puskesmas',
    title: 'POLANDA: Posyandu Lansia Daring',
    summary:
      'Hasil pemeriksaan tekanan darah dan gula darah lansia di posyandu dicatat di aplikasi dan dikirim kepada keluarga.',
  },
  {
    id: 't44',
    agency: 'SD Negeri Lowokwaru 3',
    agencyType: 'sekolah',
    title: 'SAPADA: Sapa Pagi Daring',
    summary:
      'Wali kelas menyapa siswa setiap pagi melalui panggilan video singkat untuk presensi, cek kesehatan dan rencana belajar hari itu.',
  },
  {
    id: 't45',
    agency: 'Kelurahan Sawojajar',
    agencyType: 'unit-kerja',
    title: 'SABISA: Sawojajar Biopori Serentak',
    summary:
      'Gerakan satu rumah satu lubang biopori untuk resapan air dan pengolahan sampah organik, dipantau lewat laporan foto warga.',
  },
  {
    id: 't46',
    agency: 'Dinas Perpustakaan dan Arsip',
    agencyType: 'perangkat-daerah',
    title: 'PUSLING DIGI: Perpustakaan Keliling Digital',
    summary:
      'Mobil perpustakaan keliling membawa titik Wi-Fi dan koleksi buku elektronik ke kampung dan sekolah yang sulit mengakses internet.',
  },
];

/** The demo event package: 46 teams over two days in one room, five jurors, the KIPP Kota Malang rubric. */
export const DEMO_EVENT: EventPackage = {
  schemaVersion: 1,
  event: {
    id: 'kipp-malang-2021',
    name: 'KIPP Kota Malang 2021',
    organiser: 'Bagian Organisasi, Sekretariat Daerah Kota Malang',
    venue: 'Hotel Gajahmada, Malang',
    days: DAYS,
    timezone: 'Asia/Jakarta',
  },
  rubric: KIPP_MALANG,
  teams: TEAMS,
  slots: buildSlots(TEAMS),
  jurors: [
    { id: 'j1', name: 'Dr. Retno Kusumawardani, M.Si.', role: 'Akademisi, dosen kebijakan publik' },
    { id: 'j2', name: 'Ir. Agus Prasetyo', role: 'Praktisi, konsultan tata kelola pelayanan publik' },
    { id: 'j3', name: 'Yuliana Puspitasari', role: 'Jurnalis, media daring lokal' },
    {
      id: 'j4',
      name: 'Drs. Hendro Wibisono, M.AP',
      role: 'Unsur pemerintah daerah, Badan Perencanaan Pembangunan Daerah',
    },
    { id: 'j5', name: 'Fitri Handayani', role: 'Masyarakat sipil, forum warga peduli pelayanan publik' },
  ],
};

/** Fills the day's slots with teams in list order; a team beyond the last slot stays unscheduled. */
function buildSlots(teams: readonly Team[]): Slot[] {
  const queue = teams.map((t) => t.id);
  const slots: Slot[] = [];
  for (const day of DAYS) {
    for (const start of startTimes()) {
      const teamId = queue.shift();
      if (teamId === undefined) return slots;
      const id = `s${String(slots.length + 1).padStart(2, '0')}`;
      slots.push({
        id,
        day,
        room: ROOM,
        start,
        presentationMinutes: PRESENTATION_MINUTES,
        interviewMinutes: INTERVIEW_MINUTES,
        teamId,
      });
    }
  }
  return slots;
}

function startTimes(): string[] {
  return SESSIONS.flatMap(({ fromMinute, slots }) =>
    Array.from({ length: slots }, (_, i) => toClock(fromMinute + i * SLOT_MINUTES)),
  );
}

function toClock(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
