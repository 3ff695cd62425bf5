/**
 * Browsers give a page WebCrypto's `subtle` only in a secure context: HTTPS, or http://localhost.
 * Opened at http://<LAN address>, the tablet could enroll but never sign a bundle, so every upload
 * would fail while the juror saw only "not sent yet". The enrollment screen checks this first.
 */
export function canSignHere(): boolean {
  return globalThis.isSecureContext !== false && typeof globalThis.crypto?.subtle?.importKey === 'function';
}
