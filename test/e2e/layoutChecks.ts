import type { Locator, Page } from '@playwright/test';
import { z } from 'zod';
import { expect } from './harness';

// The checks run in the page as strings: this file is typed for Node, without the DOM's types.

/** The till monitors the app is built for. */
export const TILL_SIZES = [
  { width: 1024, height: 768, minLines: 7 },
  { width: 1366, height: 768, minLines: 10 },
  { width: 1920, height: 1080, minLines: 10 },
] as const;

/** Nothing on the page, nor the screen's own scroll area, scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = z
    .object({ scroll: z.number(), client: z.number() })
    .parse(
      await page.evaluate(
        `(() => {
          const screen = document.querySelector('.screen');
          const overflow = screen ? screen.scrollWidth - screen.clientWidth : 0;
          return { scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) + Math.max(0, overflow), client: document.documentElement.clientWidth };
        })()`,
      ),
    );
  expect(widths.scroll, 'page wider than the window').toBeLessThanOrEqual(widths.client);
}

/** The element lies wholly inside the window. */
export async function expectInView(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  expect(box, `${what} is not rendered`).not.toBeNull();
  expect(size).not.toBeNull();
  if (!box || !size) return;
  expect(box.x, `${what} starts left of the window`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} starts above the window`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends right of the window`).toBeLessThanOrEqual(size.width + 0.5);
  expect(box.y + box.height, `${what} ends below the window`).toBeLessThanOrEqual(size.height + 0.5);
}

/**
 * Every control a finger may press that is on screen now (buttons, links, fields,
 * selects, the labels of radios and checkboxes, "advanced" toggles) and smaller than
 * 44 × 44 px: the list must be empty.
 */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  const small = await page.evaluate(`(() => {
    const MIN = 44;
    const targets = document.querySelectorAll(
      'button, a[href], select, summary, input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]), label:has(> input[type="radio"]), label:has(> input[type="checkbox"])',
    );
    const small = [];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(target).visibility === 'hidden') continue;
      const inView = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
      if (!inView) continue;
      const tooNarrow = target.tagName !== 'INPUT' && target.tagName !== 'SELECT' && box.width < MIN - 0.5;
      if (box.height < MIN - 0.5 || tooNarrow) {
        const name = (target.textContent || target.getAttribute('aria-label') || '').trim().slice(0, 30);
        small.push(target.tagName.toLowerCase() + ' "' + name + '" ' + Math.round(box.width) + '×' + Math.round(box.height));
      }
    }
    return small;
  })()`);
  return z.array(z.string()).parse(small);
}

/** How many basket lines are wholly visible in the basket's own scroll area. */
export async function fullyVisibleLines(page: Page): Promise<number> {
  const count = await page.evaluate(`(() => {
    const scroller = document.querySelector('[data-testid="basket-scroll"]');
    if (!scroller) return 0;
    const area = scroller.getBoundingClientRect();
    return [...scroller.querySelectorAll('[data-testid="basket-line"]')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= area.top - 0.5 && box.bottom <= area.bottom + 0.5;
    }).length;
  })()`);
  return z.number().parse(count);
}
