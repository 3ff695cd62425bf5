/**
 * What `npm start` prints: http:// LAN links only inside a warning that tablets cannot use them and
 * where to read about HTTPS, unless PUBLIC_URL is https (or the server speaks TLS itself).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BannerInput, bannerLines, HTTPS_SECTION } from '#server/banner.ts';

const base: BannerInput = {
  url: 'http://localhost:8787',
  port: 8787,
  lanAddresses: ['192.168.1.20'],
  organizerToken: 'organizer-token',
  enrollments: [
    { jurorId: 'j1', name: 'Dr. Ratna Wulandari', code: 'ABCDEFGH', expiresAt: '2021-03-19T01:30:00.000Z' },
  ],
};

const warned = (lines: string[]) => lines.filter((l) => l.startsWith('!!!'));
const lanLinks = (lines: string[]) => lines.filter((l) => l.includes('192.168.1.20'));

describe('the start banner', () => {
  it('without HTTPS prints the LAN address only inside a prominent warning pointing to the README', () => {
    const lines = bannerLines(base);

    const warning = warned(lines).join('\n');
    expect(warning).toContain('PERINGATAN / WARNING');
    expect(warning).toContain('WebCrypto');
    expect(warning).toContain(`README.md, section "${HTTPS_SECTION}"`);
    expect(lanLinks(lines).length).toBeGreaterThan(0);
    for (const line of lanLinks(lines)) expect(line.startsWith('!!!')).toBe(true);
    expect(lines.find((l) => l.includes('ABCDEFGH'))).toContain('http://localhost:8787/enroll?code=ABCDEFGH');
  });

  it('with an https PUBLIC_URL prints the tablets’ links there, and no warning', () => {
    const lines = bannerLines({ ...base, publicUrl: 'https://juri.example.go.id/' });
    expect(warned(lines)).toEqual([]);
    expect(lanLinks(lines)).toEqual([]);
    expect(lines).toContain('Tablets: https://juri.example.go.id');
    expect(lines.find((l) => l.includes('ABCDEFGH'))).toContain(
      'https://juri.example.go.id/enroll?code=ABCDEFGH',
    );
  });

  it('serving TLS itself, prints its https LAN links without a warning', () => {
    const lines = bannerLines({ ...base, url: 'https://localhost:8443', port: 8443 });
    expect(warned(lines)).toEqual([]);
    expect(lines.find((l) => l.includes('ABCDEFGH'))).toContain(
      'https://192.168.1.20:8443/enroll?code=ABCDEFGH',
    );
  });

  it('warns about an http PUBLIC_URL too', () => {
    const lines = bannerLines({ ...base, publicUrl: 'http://juri.lan' });
    expect(warned(lines).join('\n')).toContain('PUBLIC_URL is http://juri.lan');
  });

  it('points to a README section that exists', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`## ${HTTPS_SECTION}`);
  });

  it('prints the organizer console link with the token in the fragment, never in a query string', () => {
    const local = bannerLines(base).find((l) => l.startsWith('Konsol panitia'));
    expect(local).toBe(
      'Konsol panitia (organizer console): http://localhost:8787/panitia#token=organizer-token',
    );
    const proxied = bannerLines({ ...base, publicUrl: 'https://juri.example.go.id' });
    expect(proxied).toContain(
      'Konsol panitia (organizer console): https://juri.example.go.id/panitia#token=organizer-token',
    );
  });
});
