import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// Icons come from one source image; `npm run icons` regenerates the PNGs and favicon in public/,
// which are committed so a build never depends on image tooling.
const themeColour = '#0f4c5c';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    // The padding of maskable and Apple icons is filled with the theme colour, not white, so the
    // launcher's mask and iOS's rounded corners never show a white rim.
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: themeColour } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: themeColour } },
  },
  images: ['public/icon.svg'],
});
