/** Scanning the enrollment card's QR code with the tablet's camera. */
const id = {
  scanButton: 'Pindai kode QR',
  scanHint: 'Arahkan kamera ke kode QR pada kartu pendaftaran dari panitia.',
  cameraLabel: 'Gambar kamera untuk memindai kode QR',
  closeCamera: 'Tutup kamera',
  starting: 'Membuka kamera…',
  orType: 'atau ketik kodenya',
  notEnrollmentQr:
    'Kode QR ini bukan kode pendaftaran Juri. Pindai kode QR pada kartu pendaftaran dari panitia.',
  problem: {
    denied: 'Izin kamera ditolak. Izinkan kamera di pengaturan browser, atau ketik kodenya di bawah.',
    noCamera: 'Tablet ini tidak memiliki kamera yang dapat dipakai. Ketik kodenya di bawah.',
    insecure: 'Kamera hanya dapat dipakai bila Juri dibuka lewat alamat https://. Ketik kodenya di bawah.',
    busy: 'Kamera sedang dipakai aplikasi lain. Tutup aplikasi itu, lalu coba lagi.',
    failed: 'Kamera tidak dapat dibuka. Ketik kodenya di bawah.',
    decoder: 'Pembaca kode QR tidak dapat dimuat. Ketik kodenya di bawah.',
  },
};
const en: typeof id = {
  scanButton: 'Scan QR code',
  scanHint: "Point the camera at the QR code on the organizer's enrollment card.",
  cameraLabel: 'Camera picture for scanning the QR code',
  closeCamera: 'Close camera',
  starting: 'Opening the camera…',
  orType: 'or type the code',
  notEnrollmentQr:
    "This QR code is not a Juri enrollment code. Scan the QR code on the organizer's enrollment card.",
  problem: {
    denied:
      'Camera permission was refused. Allow the camera in the browser settings, or type the code below.',
    noCamera: 'This tablet has no camera that can be used. Type the code below.',
    insecure: 'The camera only works when Juri is opened over an https:// address. Type the code below.',
    busy: 'Another app is using the camera. Close that app, then try again.',
    failed: 'The camera could not be opened. Type the code below.',
    decoder: 'The QR code reader could not be loaded. Type the code below.',
  },
};
export type CameraProblem = keyof typeof id.problem;
export default { id, en };
