/** What the camera reads off an enrollment card is validated like a typed code before it is used. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EnrollmentQrSchema } from '#shared/enrollment-link.ts';

const read = (text: string) => {
  const parsed = v.safeParse(EnrollmentQrSchema, text);
  return parsed.success ? parsed.output : null;
};

describe('EnrollmentQrSchema', () => {
  it.each([
    ["the card's link", 'https://juri.example.go.id/enroll?code=ABCD-EFGH', 'ABCDEFGH'],
    ['a LAN address with a port', 'http://192.168.1.20:8787/enroll?code=wxyz2345', 'WXYZ2345'],
    ['the code after another parameter', 'https://juri.lan/enroll?lang=id&code=ABCD-EFGH', 'ABCDEFGH'],
    ['a bare code, as typed into a QR by hand', ' abcd efgh ', 'ABCDEFGH'],
  ])('reads %s', (_name, text, code) => {
    expect(read(text)).toBe(code);
  });

  it.each([
    ['a link to another page of some site', 'https://example.com/promo?code=ABCD-EFGH'],
    ['a link without a code', 'https://juri.lan/enroll'],
    ['a code with characters codes never use (0, O, 1, I)', 'https://juri.lan/enroll?code=ABCD-1234'],
    ['a hotel Wi-Fi QR code', 'WIFI:S:Hotel Gajahmada;T:WPA;P:rahasia;;'],
    ['a very long text', `https://juri.lan/enroll?code=${'A'.repeat(600)}`],
    ['nothing', ''],
  ])('refuses %s', (_name, text) => {
    expect(read(text)).toBeNull();
  });
});
