/**
 * What `npm start` prints for the organizer. Tablets need HTTPS: browsers give a page WebCrypto (which
 * signs every score bundle) and service workers only in a secure context, localhost excepted. A tablet
 * opened at an http:// LAN link could never send a score, so such links are printed only inside a
 * warning that says so and points to the README's HTTPS section — unless PUBLIC_URL is https.
 */
import { enrollmentUrl } from '#server/http/origin.ts';
import type { SeededJuror } from '#server/seed.ts';
import { organizerLink } from '#server/start.ts';

export interface BannerInput {
  /** The server's own address, e.g. http://localhost:8787 (https:// when it serves TLS itself). */
  url: string;
  port: number;
  /** This machine's IPv4 LAN addresses. */
  lanAddresses: readonly string[];
  publicUrl?: string;
  organizerToken: string;
  enrollments: readonly SeededJuror[];
}

/** The README heading the warning points to; a test keeps the two in step. */
export const HTTPS_SECTION = 'Running at a venue (HTTPS)';

const MARK = '!!!';

export function bannerLines(input: BannerInput): string[] {
  const scheme = input.url.startsWith('https://') ? 'https' : 'http';
  const lan = input.lanAddresses.map((address) => `${scheme}://${address}:${input.port}`);
  const publicUrl = input.publicUrl?.replace(/\/+$/, '');
  const secure = publicUrl ? publicUrl.startsWith('https://') : scheme === 'https';
  // Where tablets should go: PUBLIC_URL, else (tablets cannot reach "localhost") the first LAN address.
  const tabletOrigin = publicUrl ?? lan[0] ?? input.url;

  const lines = [`Juri server: ${input.url}`];
  if (secure) lines.push(`Tablets: ${publicUrl ?? (lan.length > 0 ? lan.join(', ') : input.url)}`);
  lines.push(`Organizer token: ${input.organizerToken}`);
  // The token rides in the fragment: browsers never send it to a server, so it stays out of logs. The
  // console works from this computer over http://localhost as well, so it needs no secure LAN address.
  lines.push(
    `Konsol panitia (organizer console): ${organizerLink(secure ? tabletOrigin : input.url, input.organizerToken)}`,
  );
  if (!secure) lines.push('', ...insecureWarning(lan, publicUrl), '');
  if (input.enrollments.length > 0) lines.push('Enrollment codes (kode pendaftaran):');
  for (const e of input.enrollments) {
    // Insecure: the link only this computer can use; the LAN links are in the warning above.
    const link = enrollmentUrl(secure ? tabletOrigin : input.url, e.code);
    lines.push(`  ${e.code}  ${e.name} (${e.jurorId})  ${link}  until ${e.expiresAt}`);
  }
  return lines;
}

function insecureWarning(lan: readonly string[], publicUrl: string | undefined): string[] {
  const rule = `${MARK} ${'─'.repeat(96)}`;
  return [
    rule,
    `${MARK} PERINGATAN / WARNING: tablets cannot enroll or send scores through an http:// address.`,
    `${MARK} Peramban hanya menyediakan WebCrypto (tanda tangan nilai) dan service worker (kerja offline)`,
    `${MARK} lewat HTTPS atau localhost. Tablet di http://<alamat LAN> tidak akan pernah bisa mengirim nilai.`,
    `${MARK} Browsers allow WebCrypto (signing scores) and service workers (offline work) only over HTTPS`,
    `${MARK} or on localhost; the enrollment page refuses an http:// LAN address and keeps the code unused.`,
    ...(publicUrl ? [`${MARK} PUBLIC_URL is ${publicUrl}: tablets need an https:// address.`] : []),
    `${MARK} Set up HTTPS first — README.md, section "${HTTPS_SECTION}": TLS_CERT/TLS_KEY,`,
    `${MARK} or PUBLIC_URL=https://… behind a TLS reverse proxy.`,
    ...(lan.length > 0 ? [`${MARK} LAN (http, for testing only — not for tablets): ${lan.join(', ')}`] : []),
    rule,
  ];
}
