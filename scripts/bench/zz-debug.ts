import { benchLaunchOptions, openBrowser } from './browser.ts';
import { installTapProbe, tapSamples } from './in-page.ts';
import { openSheetAsDemoJuror } from './juror-session.ts';
import { serveApp } from './serve-app.ts';

const served = await serveApp('/tmp/bench-dist');
const b = await openBrowser(benchLaunchOptions());
await b.context.addInitScript(() => {
  const log: string[] = [];
  (window as any).__txlog = log;
  const orig = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: any[]) {
    const t0 = performance.now();
    const tx = (orig as any).apply(this, args);
    const stores = [...tx.objectStoreNames].join('+');
    tx.addEventListener('complete', () =>
      log.push(
        `TX ${this.name}:${tx.mode}:${stores} start ${(t0).toFixed(1)} dur ${(performance.now() - t0).toFixed(1)}`,
      ),
    );
    return tx;
  } as any;
  window.addEventListener('click', () => log.push(`CLICK ${performance.now().toFixed(1)}`), true);
});
const page = await b.context.newPage();
await openSheetAsDemoJuror(page, served.url, 't01');
await page.evaluate(installTapProbe);
await page.evaluate(() => {
  new MutationObserver(() => {
    const t = document.querySelector('[data-testid="save-state"]')?.textContent;
    (window as any).__txlog.push(`M ${performance.now().toFixed(1)} ${t}`);
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
});
for (let i = 0; i < 12; i++) {
  const c = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'][i % 5];
  const v = Math.floor(i / 5) % 2 ? '9' : '10';
  await page.locator(`[data-criterion-id="${c}"] [data-score-value="${v}"]`).click();
  await page.waitForFunction((n) => (window.__juriBench?.saves.length ?? 0) >= n, i + 1);
}
const t = await page.evaluate(tapSamples);
console.log('saves', t.saves.map((x) => x.toFixed(1)).join(' '));
console.log((await page.evaluate(() => (window as any).__txlog)).slice(-40).join('\n'));
await b.close();
await served.stop();
