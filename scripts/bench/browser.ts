/** Launches the same Chromium, with the same flags, that the e2e tests use (playwright.config.ts). */
import { type Browser, type BrowserContext, chromium, type LaunchOptions } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';

export function benchLaunchOptions(): LaunchOptions {
  return { ...playwrightConfig.use?.launchOptions, headless: true };
}

export interface BenchBrowser {
  browser: Browser;
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function openBrowser(launchOptions: LaunchOptions): Promise<BenchBrowser> {
  const browser = await chromium.launch(launchOptions);
  const { viewport, locale, timezoneId } = playwrightConfig.use ?? {};
  const context = await browser.newContext({ viewport, locale, timezoneId });
  // tsx compiles with esbuild's keepNames, so functions handed to page.evaluate() call a `__name`
  // helper that only exists in Node; give the page a harmless one.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return { browser, context, close: () => browser.close() };
}
