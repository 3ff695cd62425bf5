/** The juror's notice when the organizer changed the event: loaded with the banner, not in the first load. */
const id = {
  title: 'Jadwal diperbarui',
  moved: (team: string, when: string) => `${team} pindah ke ${when}`,
  added: (team: string, when: string) => `${team} ditambahkan (${when})`,
  removed: (team: string) => `${team} ditarik dari jadwal; nilai yang sudah Anda berikan tetap tersimpan`,
  rubric: 'Rubrik penilaian diperbarui oleh panitia.',
  refusedTitle: 'Pembaruan jadwal ditolak',
  refused:
    'Paket acara baru dari server tidak sah, jadi jadwal lama tetap dipakai. Panitia sudah diberi tahu.',
  noSlot: 'tanpa jadwal',
  dismiss: 'Mengerti',
};
const en: typeof id = {
  title: 'Schedule updated',
  moved: (team: string, when: string) => `${team} moved to ${when}`,
  added: (team: string, when: string) => `${team} added (${when})`,
  removed: (team: string) => `${team} withdrawn from the schedule; the scores you gave are kept`,
  rubric: 'The organizer updated the rubric.',
  refusedTitle: 'Schedule update refused',
  refused:
    'The new event package from the server was invalid, so the old schedule stays. The organizer has been told.',
  noSlot: 'not scheduled',
  dismiss: 'Got it',
};
export default { id, en };
