/// <reference types="vite-plugin-pwa/vanillajs" />

// Replaced at build time by vite.config.ts `define`; absent under Vitest (see build-info.ts).
declare const __JURI_VERSION__: string;
declare const __JURI_BUILD_ID__: string;
