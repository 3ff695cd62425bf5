/**
 * The demo event's berita acara settings, seeded with it. The people and numbers are fictional; the
 * letterhead's address and telephone are placeholders (no official Setda address was found): an
 * organizer replaces them in the console's settings tab.
 */
import type { MinutesSettings } from '#shared/berita-acara/settings.ts';

export const DEMO_MINUTES: MinutesSettings = {
  letterhead: {
    lines: ['Pemerintah Kota Malang', 'Sekretariat Daerah', 'Bagian Organisasi'],
    address: 'Jalan Tugu Nomor 1, Malang 65119',
    phone: 'Telepon (0341) 000000',
    web: 'Laman malangkota.go.id',
  },
  subject: 'Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2021',
  number: '000/……/35.73.112/{tahun}',
  decree:
    'Keputusan Sekretaris Daerah Kota Malang Nomor 188.45/……/35.73.112/2021 tentang Tim Penilai Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2021',
  signing: { place: 'Malang', date: '2021-03-17' },
  chairJurorId: 'j1',
  signers: [{ jurorId: 'j4', nip: '196805141994031007', rank: 'Pembina Tingkat I (IV/b)' }],
  acknowledgedBy: {
    position: 'Kepala Bagian Organisasi Sekretariat Daerah Kota Malang',
    name: 'Wahyu Setiawan, S.Sos., M.AP.',
    rank: 'Pembina (IV/a)',
    nip: '197509232000121002',
  },
  namesInCapitals: false,
  copies: 2,
};
