/**
 * The organizer's bearer token on this device. It arrives in the URL fragment (/panitia#token=…), which
 * browsers never send to a server, is kept in localStorage (a credential, not score data) until
 * "Keluar", and the fragment is wiped from the address bar at once.
 */
const KEY = 'juri-organizer-token';

/** Takes a token from the fragment if there is one (and stores it), else the stored one. */
export function takeToken(): string | null {
  const fromHash = /(?:^|[#&])token=([^&]+)/.exec(location.hash)?.[1];
  if (fromHash) {
    const token = decodeURIComponent(fromHash);
    storeToken(token);
    history.replaceState(history.state, '', location.pathname + location.search);
    return token;
  }
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string): void {
  try {
    localStorage.setItem(KEY, token.trim());
  } catch {
    // storage blocked: the token lasts until the page closes
  }
}

export function forgetToken(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
