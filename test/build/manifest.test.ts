/**
 * Chromium's installability criteria: a linked manifest with name/short_name, start_url, a
 * standalone display and PNG icons of 192 and 512 px; plus a maskable icon so Android launchers do
 * not shrink the icon into a white circle, and an apple-touch-icon for iPad home screens.
 */
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { distHas, readDist, readDistBytes, requireDist } from './dist.ts';

const IconSchema = v.object({
  src: v.string(),
  sizes: v.string(),
  type: v.optional(v.string()),
  purpose: v.optional(v.string()),
});
const ManifestSchema = v.looseObject({ icons: v.array(IconSchema) });
type ManifestIcon = v.InferOutput<typeof IconSchema>;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const fileOf = (href: string) => href.replace(/^\//, '');

describe('web app manifest', () => {
  let manifest: Record<string, unknown>;
  let icons: ManifestIcon[];
  beforeAll(() => {
    requireDist();
    const parsed = v.parse(ManifestSchema, JSON.parse(readDist('manifest.webmanifest')));
    manifest = parsed;
    icons = parsed.icons;
  });

  it('names the app in Indonesian and starts standalone at the root', () => {
    expect(manifest).toMatchObject({
      short_name: 'Juri',
      lang: 'id',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.name).toMatch(/^Juri\b/);
    expect(String(manifest.description).length).toBeGreaterThan(10);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each([192, 512])('has a %i px PNG icon whose file really is that size', (px) => {
    const icon = icons.find(
      (i) => i.sizes === `${px}x${px}` && i.type === 'image/png' && (i.purpose ?? 'any').includes('any'),
    );
    expect(icon, `no "any" ${px}x${px} PNG icon`).toBeDefined();
    expect(pngSize(readDistBytes(fileOf(icon?.src ?? '')))).toEqual({ width: px, height: px });
  });

  it('has a maskable icon of at least 512 px', () => {
    const maskable = icons.find((i) => i.purpose?.split(' ').includes('maskable'));
    expect(maskable, 'no maskable icon').toBeDefined();
    const size = pngSize(readDistBytes(fileOf(maskable?.src ?? '')));
    expect(size?.width).toBeGreaterThanOrEqual(512);
    expect(size?.width).toBe(size?.height);
  });

  it('points only at icon files that exist and match their declared size', () => {
    for (const icon of icons) {
      expect(distHas(fileOf(icon.src)), `${icon.src} missing from the build`).toBe(true);
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(readDistBytes(fileOf(icon.src))), icon.src).toEqual({ width: w, height: h });
    }
  });
});

describe('index.html head', () => {
  let html: string;
  beforeAll(() => {
    requireDist();
    html = readDist('index.html');
  });

  const hrefOf = (rel: string) => html.match(new RegExp(`<link[^>]*rel="${rel}"[^>]*href="([^"]+)"`))?.[1];

  it('links the manifest', () => {
    expect(hrefOf('manifest')).toBe('/manifest.webmanifest');
  });

  it('links an existing 180 px apple-touch-icon and sets the theme colour', () => {
    const href = hrefOf('apple-touch-icon');
    expect(href).toBeDefined();
    expect(pngSize(readDistBytes(fileOf(href ?? '')))).toEqual({ width: 180, height: 180 });
    expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/i);
  });
});
