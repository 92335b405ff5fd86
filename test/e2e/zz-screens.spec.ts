import { test, expect } from './harness';
import { BARCODE, openTill, scan } from './cashier/steps';
import { completeWizard, openWizard, ADMIN } from './manager/steps';

const dir = process.env.SCREENS_DIR ?? '/work/notes/screens/after';
const sizes = (process.env.SIZES ?? '1024x768,1366x768').split(',').map((s) => ({ width: Number(s.split('x')[0]), height: Number(s.split('x')[1]) }));
const _unused = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
];

for (const size of sizes) {
  test(`screens ${size.width}x${size.height}`, async ({ page, harness }) => {
    await page.setViewportSize(size);
    await openTill(page, harness.url);
    for (let i = 0; i < 6; i += 1) {
      await scan(page, BARCODE.ekmek250);
      await scan(page, BARCODE.simit);
      await scan(page, BARCODE.ekmek350);
    }
    await page.keyboard.type('sut', { delay: 80 });
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.keyboard.type('ayran', { delay: 80 });
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`${BARCODE.simit.slice(0, 12)}${(Number(BARCODE.simit.at(-1)) + 1) % 10}`, { delay: 3 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${dir}/till-error-${size.width}x${size.height}.png` });
    await page.keyboard.press('Escape');
    await page.keyboard.press('F2');
    await expect(page.getByTestId('onboarding')).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/wizard-${size.width}x${size.height}.png` });
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/wizard-tokenx-${size.width}x${size.height}.png` });
    await page.keyboard.press('Alt+ArrowLeft');
    await page.keyboard.press('Alt+ArrowLeft');
    await completeWizard(page);
    await page.waitForTimeout(300);
    await page.keyboard.press('Alt+3');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${dir}/manager-audit-${size.width}x${size.height}.png` });
    await page.keyboard.press('Alt+1');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${dir}/manager-orders-${size.width}x${size.height}.png` });
    void ADMIN;
    void expect;
  });
}
