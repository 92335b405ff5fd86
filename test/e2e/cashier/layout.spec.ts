import { withCheckDigit } from '../../../src/shared/barcode/gtin';
import { expect, saveScreenshot, test } from '../harness';
import { TILL_SIZES, expectInView, expectNoHorizontalScroll, fullyVisibleLines, smallTouchTargets } from '../layoutChecks';
import { CASHIER_DIALOGS, lines, openTill, scan } from './steps';

/** The first packaged products of the training catalog, one line each. */
const products = (count: number) => Array.from({ length: count }, (_, index) => withCheckDigit(`200000000${String(index + 1).padStart(3, '0')}`));

for (const size of TILL_SIZES) {
  test(`the till at ${size.width}×${size.height}: no sideways scroll, total and F-keys always in view, ${size.minLines}+ lines, 44 px targets, dialogs that fit`, async ({
    page,
    harness,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openTill(page, harness.url);
    const bar = page.getByTestId('action-bar');
    const barTop = (await bar.boundingBox())?.y;

    for (const code of products(14)) await scan(page, code);
    await expect(lines(page)).toHaveCount(14);
    await expect(page.getByTestId('grand-total')).not.toHaveText('₺0,00');

    await expectNoHorizontalScroll(page);
    await expectInView(page, page.getByTestId('grand-total'), 'ÖDENECEK');
    await expectInView(page, bar, 'the F-key bar');
    // The bar stays where it was however long the basket grows.
    expect((await bar.boundingBox())?.y).toBe(barTop);
    expect(await fullyVisibleLines(page)).toBeGreaterThanOrEqual(size.minLines);
    expect(await smallTouchTargets(page)).toEqual([]);
    await saveScreenshot(page, `layout-till-${size.width}x${size.height}`);

    // Every cashier dialog fits the window with its buttons in view, and its own targets are large enough.
    for (const [key, testId] of CASHIER_DIALOGS) {
      await page.keyboard.press(key);
      const dialog = page.getByTestId(testId);
      await expect(dialog).toBeVisible();
      await expectInView(page, dialog, testId);
      await expectInView(page, dialog.locator('.dialog-actions').first(), `${testId} buttons`);
      expect(await smallTouchTargets(page), testId).toEqual([]);
      if (key === 'F6') {
        await dialog.getByTestId('payment-split').check();
        await expectInView(page, dialog.locator('.dialog-actions').first(), 'split payment buttons');
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }

    // A warning sits at the entry field and fits too.
    await scan(page, '123');
    await expectInView(page, page.getByTestId('blocking-message'), 'the warning');
    await page.keyboard.press('Escape');
  });
}
