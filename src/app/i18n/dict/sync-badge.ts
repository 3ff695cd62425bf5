/** The app bar's sync badge: the only sync strings in the first load. */
const id = {
  badgeLabel: 'Status pengiriman nilai',
  allSent: 'Semua nilai terkirim',
  unsent: (n: number) => `${n} perubahan belum terkirim`,
  offline: (n: number) => `Tersimpan di tablet · ${n} perubahan akan dikirim saat online`,
  sending: 'Mengirim…',
  needsAction: 'Pengiriman tertahan — perlu tindakan',
  notEnrolled: 'Mode demo · tidak dikirim',
};
const en: typeof id = {
  badgeLabel: 'Score upload status',
  allSent: 'All scores sent',
  unsent: (n: number) => `${n} change${n === 1 ? '' : 's'} not sent yet`,
  offline: (n: number) => `Saved on this tablet · ${n} change${n === 1 ? '' : 's'} will be sent when online`,
  sending: 'Sending…',
  needsAction: 'Upload on hold — action needed',
  notEnrolled: 'Demo mode · not sent',
};
export default { id, en };
