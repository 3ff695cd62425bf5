/**
 * Taps the way a juror does: at a point on the glass, without the test runner scrolling anything into
 * view first. A tap counts only if its target is wholly on screen and is what the finger lands on
 * (not hidden under the sticky header or the action bar).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/** The centre of `target`, after checking it is wholly inside the viewport as the page stands. */
export async function pointOnScreen(page: Page, target: Locator): Promise<Point> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('target has no box, or the page no viewport');
  expect(box.x, 'target starts left of the screen').toBeGreaterThanOrEqual(0);
  expect(box.y, 'target starts above the screen').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'target ends right of the screen').toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, 'target ends below the screen').toBeLessThanOrEqual(viewport.height);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Whether `target` is the element (or contains the element) a finger at `point` touches. */
export function isUnderFinger(target: Locator, point: Point): Promise<boolean> {
  return target.evaluate((element, { x, y }) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === element || element.contains(hit));
  }, point);
}

export class TapCounter {
  taps = 0;
  constructor(private readonly page: Page) {}

  /** One tap on `target` where it is on screen now; fails if the juror would have to scroll first. */
  async tap(target: Locator): Promise<void> {
    await target.waitFor();
    expect(await this.page.evaluate(() => window.scrollY), 'the page was scrolled').toBe(0);
    const point = await pointOnScreen(this.page, target);
    expect(await isUnderFinger(target, point), 'something covers the target').toBe(true);
    await this.page.mouse.click(point.x, point.y);
    this.taps++;
  }
}
