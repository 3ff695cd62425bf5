/** The app bar's sync badge: the only sync strings in the first load. */
const id = {
  badgeLabel: 'Status pengiriman nilai',
  allSent: 'Semua nilai terkirim',
  unsent: (n: number) => `${n} perubahan belum terkirim`,
  offline: (n: number) => `Tersimpan di tablet · ${n} perubahan akan dikirim saat online`,
  sending: 'Mengirim…',
  needsAction: 'Pengiriman tertahan — perlu tindakan',
  notEnrolled: 'Belum terdaftar · nilai tidak dikirim',
  /** What the app bar's narrow slot shows; the full sentences above are read out and shown on /status. */
  short: {
    sent: 'Semua terkirim',
    sending: 'Mengirim…',
    pending: (n: number) => `${n} belum terkirim`,
    offline: (n: number) => `${n} menunggu online`,
    action: 'Perlu tindakan',
    demo: 'Belum terdaftar',
  },
};
const en: typeof id = {
  badgeLabel: 'Score upload status',
  allSent: 'All scores sent',
  unsent: (n: number) => `${n} change${n === 1 ? '' : 's'} not sent yet`,
  offline: (n: number) => `Saved on this tablet · ${n} change${n === 1 ? '' : 's'} will be sent when online`,
  sending: 'Sending…',
  needsAction: 'Upload on hold — action needed',
  notEnrolled: 'Not enrolled · scores are not sent',
  short: {
    sent: 'All sent',
    sending: 'Sending…',
    pending: (n: number) => `${n} not sent`,
    offline: (n: number) => `${n} waiting for online`,
    action: 'Action needed',
    demo: 'Not enrolled',
  },
};
export default { id, en };
