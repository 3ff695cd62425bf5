/**
 * The berita acara's content, built from a small event worked out by hand (minutes-fixture.ts): what
 * the reader sees in each section, the provisional draft, and ties left to the committee's draw.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '#shared/berita-acara/build-minutes.ts';
import { BLANK_NUMBER } from '#shared/berita-acara/opening.ts';
import { defaultMinutesSettings } from '#shared/berita-acara/settings.ts';
import { FINGERPRINT, minutesData, minutesEvent } from './minutes-fixture.ts';

describe('a final berita acara', () => {
  const doc = buildMinutes(minutesData());

  it('is final: every required sheet is final and both Top groups are settled', () => {
    expect(doc.final).toBe(true);
    expect(doc.draftReasons).toEqual([]);
    expect(doc.missing).toEqual([]);
  });

  it('opens with the letterhead, title, number and the day, date and year in words', () => {
    expect(doc.letterhead).toEqual({
      lines: ['PEMERINTAH KOTA MALANG', 'SEKRETARIAT DAERAH'],
      details: ['Jalan Tugu Nomor 1, Malang', 'malangkota.go.id'],
    });
    expect(doc.title).toBe(
      'BERITA ACARA PENILAIAN KOMPETISI INOVASI PELAYANAN PUBLIK KOTA MALANG TAHUN 2021',
    );
    // {bulan} and {tahun} come from the signing date, 17 March 2021.
    expect(doc.number).toBe('000/12/35.73.112/III/2021');
    expect(doc.opening).toBe(
      'Pada hari ini Rabu tanggal tujuh belas bulan Maret tahun dua ribu dua puluh satu (17-03-2021), ' +
        'bertempat di Hotel Gajahmada, Malang, kami yang bertanda tangan di bawah ini, Tim Penilai ' +
        'Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2021 yang dibentuk berdasarkan Keputusan ' +
        'Sekretaris Daerah Kota Malang Nomor 188.45/7/35.73.112/2021, telah melaksanakan penilaian ' +
        'presentasi dan wawancara terhadap 4 (empat) inovasi peserta pada tanggal 16 dan 17 Maret 2021, ' +
        'dengan hasil sebagaimana diuraikan dalam berita acara ini.',
    );
  });

  it('lists the panel chair first, with NIP grouped 8-6-1-3 and jabatan or role', () => {
    expect(doc.jurors).toEqual([
      { no: 1, name: 'Yuliana Puspitasari', nip: '–', rank: '–', position: 'Jurnalis', role: 'Ketua' },
      {
        no: 2,
        name: 'Dr. Retno Kusumawardani, M.Si.',
        nip: '–',
        rank: '–',
        position: 'Dosen Kebijakan Publik, Universitas Brawijaya',
        role: 'Anggota',
      },
      {
        no: 3,
        name: 'Drs. Hendro Wibisono, M.AP',
        nip: '19680514 199403 1 007',
        rank: 'Pembina Tingkat I (IV/b)',
        position: 'Unsur pemerintah daerah',
        role: 'Anggota',
      },
    ]);
  });

  it('states the method: weights as shares, scale, mean of final sheets, rounding, tie rules in order', () => {
    expect(doc.criteria.map((c) => `${c.name} ${c.weight} ${c.scale}`)).toEqual([
      'Kebaruan 20% 1–10',
      'Efektif 20% 1–10',
      'Bermanfaat 20% 1–10',
      'Dapat ditransfer / direplikasi 20% 1–10',
      'Berkelanjutan 20% 1–10',
    ]);
    expect(doc.method).toContain(
      'Nilai akhir peserta adalah rata-rata nilai lembar penilaian final dari juri yang tidak menyatakan konflik kepentingan terhadap peserta tersebut; lembar yang belum final tidak dihitung.',
    );
    expect(doc.method).toContain(
      'Peserta dengan nilai rata-rata yang persis sama diurutkan menurut aturan penentuan peringkat sama yang ditetapkan sebelum penilaian dimulai, berturut-turut: (1) rata-rata nilai kriteria Efektif yang lebih tinggi; (2) rata-rata nilai kriteria Kebaruan yang lebih tinggi; (3) jumlah konflik kepentingan yang lebih sedikit; (4) undian oleh panitia yang dicatat dalam berita acara ini.',
    );
    expect(doc.method.join(' ')).toContain('7 (tujuh) menit presentasi dan 13 (tiga belas) menit wawancara');
    expect(doc.method.join(' ')).toContain('(1 (satu) pernyataan; lihat bagian Konflik Kepentingan)');
  });

  it('ranks A, B, C, D with means to two decimals, and names the Top 3 in words', () => {
    expect(doc.ranking.map((r) => [r.rank, r.title, r.mean, r.counted, r.remark])).toEqual([
      ['1', 'Inovasi a', '88,89', '3 dari 3', '3 besar'],
      ['2', 'Inovasi b', '80,00', '3 dari 3', '3 besar'],
      ['3', 'Inovasi c', '80,00', '3 dari 3', '3 besar'],
      // 61.1111115 → 61,11: j1's conflict leaves two sheets.
      ['4', 'Inovasi d', '61,11', '2 dari 3', '6 besar'],
    ]);
    const [top3, top6] = doc.topGroups;
    expect(top3?.heading).toBe('Tiga Besar');
    expect(top3?.rows.map((r) => `${r.title}: ${r.mean} (${r.meanWords})`)).toEqual([
      'Inovasi a: 88,89 (delapan puluh delapan koma delapan puluh sembilan)',
      'Inovasi b: 80,00 (delapan puluh koma nol nol)',
      'Inovasi c: 80,00 (delapan puluh koma nol nol)',
    ]);
    expect(top6?.heading).toBe('Enam Besar');
    expect(top6?.rows).toHaveLength(4);
    expect(doc.rankingNotes).toEqual([]);
  });

  it('explains the tie between B and C with the rule and the values it compared', () => {
    expect(doc.tieBreaks).toEqual([
      'Nilai rata-rata Inovasi b dan Inovasi c sama, yaitu 80,00. Aturan 1 (rata-rata nilai kriteria Efektif yang lebih tinggi): Inovasi b 9; Inovasi c 8. Urutan: Inovasi b, lalu Inovasi c.',
    ]);
  });

  it('lists the conflict of interest, the rubric changes after the first score and the sheet edits', () => {
    expect(doc.conflicts).toEqual([
      {
        no: 1,
        juror: 'Dr. Retno Kusumawardani, M.Si.',
        team: 'Inovasi d',
        reason: 'Instansi tempat saya bekerja',
        declaredBy: 'Juri',
        effect: 'Tidak dihitung',
      },
    ]);
    // 02:15 and 03:15 UTC are 09.15 and 10.15 WIB; the code re-issue is not a change to the results.
    expect(doc.rubricChanges).toEqual([
      {
        no: 1,
        at: '16 Maret 2021 pukul 09.15 WIB',
        change: 'Rubrik dibuka kembali',
        reason: 'Bobot salah ketik',
      },
      {
        no: 2,
        at: '16 Maret 2021 pukul 10.15 WIB',
        change: 'Rubrik diubah: bobot Efektif 20%',
        reason: 'Bobot salah ketik',
      },
    ]);
    // The withdrawal came before the first score: not listed.
    expect(doc.eventChanges.map((c) => c.change)).toEqual(['Jadwal Inovasi d dipindah']);
    expect(doc.sheetEdits).toEqual([
      {
        no: 1,
        at: '16 Maret 2021 pukul 09.00 WIB',
        juror: 'Dr. Retno Kusumawardani, M.Si.',
        team: 'Inovasi d',
        change: 'Menyatakan konflik kepentingan',
        reason: 'Instansi tempat saya bekerja',
      },
      {
        no: 2,
        at: '16 Maret 2021 pukul 10.30 WIB',
        juror: 'Drs. Hendro Wibisono, M.AP',
        team: 'Inovasi b',
        change: 'Nilai Efektif: 8 → 9',
        reason: 'Salah ketuk',
      },
    ]);
  });

  it('prints the fingerprint, the closing with the copies in words, and the signature lines', () => {
    expect(doc.fingerprint.value).toBe(FINGERPRINT);
    expect(doc.fingerprint.sentence).toContain('dari 12 (dua belas) bundel nilai');
    expect(doc.fingerprint.sentence).toContain('pada 17 Maret 2021 pukul 16.05 WIB');
    expect(doc.footer).toEqual({
      title: 'Berita Acara Penilaian Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2021',
      fingerprint: FINGERPRINT.slice(0, 16),
    });
    expect(doc.closing).toBe(
      'Demikian berita acara ini dibuat dalam rangkap 2 (dua) dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    );
    expect(doc.placeAndDate).toBe('Malang, 17 Maret 2021');
    // Names in capitals: titles and degrees keep their spelling.
    expect(doc.signers).toEqual([
      { no: 1, name: 'YULIANA PUSPITASARI', role: 'Ketua', nip: null, rank: null },
      { no: 2, name: 'Dr. RETNO KUSUMAWARDANI, M.Si.', role: 'Anggota', nip: null, rank: null },
      {
        no: 3,
        name: 'Drs. HENDRO WIBISONO, M.AP',
        role: 'Anggota',
        nip: '19680514 199403 1 007',
        rank: 'Pembina Tingkat I (IV/b)',
      },
    ]);
    expect(doc.acknowledgedBy).toEqual({
      position: 'Kepala Bagian Organisasi',
      name: 'WAHYU SETIAWAN, S.Sos., M.AP.',
      rank: 'Pembina (IV/a)',
      nip: '19750923 200012 1 002',
    });
  });
});

describe('a berita acara that must not look final', () => {
  it('says SEMENTARA and lists the missing sheet while one sheet is a draft', () => {
    const doc = buildMinutes(minutesData({ drafts: ['c/j3'] }));
    expect(doc.final).toBe(false);
    expect(doc.draftReasons).toEqual([
      'Peringkat masih SEMENTARA: 1 (satu) lembar penilaian wajib belum final. Peringkat dapat berubah; berita acara ini belum dapat ditandatangani.',
    ]);
    expect(doc.missing).toEqual([{ juror: 'Yuliana Puspitasari', items: ['Inovasi c (draf)'] }]);
    // C is ranked on its two final sheets meanwhile (80 + 80) / 2.
    expect(doc.ranking.find((r) => r.teamId === 'c')?.counted).toBe('2 dari 3');
  });

  it('names a Top group that a shared rank straddles as not settled', () => {
    // B and C identical: no declared rule separates them and no draw is recorded, so both rank 2,
    // and a Top 2 would hold three teams.
    const doc = buildMinutes(minutesData({ cLikeB: true, topGroups: [6, 2] }));
    expect(doc.final).toBe(false);
    expect(doc.draftReasons).toEqual([
      '2 besar belum dapat ditetapkan karena ada peringkat sama di batas kelompok.',
    ]);
    const top2 = doc.topGroups[0];
    expect(top2?.settled).toBe(false);
    expect(top2?.note).toContain('3 peserta berada dalam 2 peringkat teratas');
    expect(doc.ranking.map((r) => r.rank)).toEqual(['1', '2', '2', '4']);
    expect(doc.rankingNotes).toEqual([
      'Inovasi b dan Inovasi c tetap sama setelah semua aturan penentuan peringkat sama dan berbagi peringkat 2.',
    ]);
    expect(doc.tieBreaks.at(-1)).toBe(
      'Inovasi b dan Inovasi c masih sama setelah aturan 3. Aturan 4 (undian oleh panitia yang dicatat dalam berita acara ini): undian belum dilakukan, sehingga peserta tersebut berbagi peringkat. Urutan: Inovasi b dan Inovasi c (masih sama).',
    );
  });

  it('cites the committee’s recorded draw once it is held', () => {
    const note = 'Undian di hadapan tim penilai, 17 Maret 2021 pukul 15.00 WIB';
    const doc = buildMinutes(
      minutesData({
        cLikeB: true,
        draws: [
          {
            teamIds: ['c', 'b'],
            reason: note,
            decidedBy: 'Ketua Tim Penilai',
            at: '2021-03-17T08:00:00.000Z',
          },
        ],
      }),
    );
    expect(doc.final).toBe(true);
    expect(doc.ranking.map((r) => r.title)).toEqual(['Inovasi a', 'Inovasi c', 'Inovasi b', 'Inovasi d']);
    expect(doc.tieBreaks).toHaveLength(4);
    expect(doc.tieBreaks[0]).toBe(
      'Nilai rata-rata Inovasi b dan Inovasi c sama, yaitu 80,00. Aturan 1 (rata-rata nilai kriteria Efektif yang lebih tinggi): Inovasi b 9; Inovasi c 9. Urutan: Inovasi b dan Inovasi c (masih sama).',
    );
    expect(doc.tieBreaks[3]).toBe(
      `Inovasi b dan Inovasi c masih sama setelah aturan 3. Aturan 4 (undian oleh panitia yang dicatat dalam berita acara ini): ${note}, diputuskan oleh Ketua Tim Penilai; Inovasi b urutan 2, Inovasi c urutan 1. Urutan: Inovasi c, lalu Inovasi b.`,
    );
  });
});

describe('before the organizer sets anything', () => {
  it('uses the event’s own data and leaves the number blank to be written by hand', () => {
    const pkg = minutesEvent();
    const doc = buildMinutes({ ...minutesData(), settings: defaultMinutesSettings(pkg) });
    expect(doc.letterhead.lines).toEqual(['BAGIAN ORGANISASI, SEKRETARIAT DAERAH KOTA MALANG']);
    expect(doc.number).toBe(BLANK_NUMBER);
    expect(doc.placeAndDate).toBe('Malang, 17 Maret 2021');
    expect(doc.closing).toBe(
      'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    );
    expect(doc.jurors.every((j) => j.role === 'Anggota')).toBe(true);
    expect(doc.acknowledgedBy).toBeNull();
    expect(doc.opening).not.toContain('dibentuk berdasarkan');
  });
});
