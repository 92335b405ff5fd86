import { withCheckDigit } from '../../src/shared/barcode/gtin';
import { expect, test } from '../e2e/harness';
import { openTill, scan } from '../e2e/cashier/steps';
import { ADMIN } from '../e2e/manager/steps';

const dir = process.env.SCREENS_DIR ?? 'test-results/screens';
const sizes = (process.env.SIZES ?? '1024x768,1366x768').split(',').map((text) => ({ width: Number(text.split('x')[0]), height: Number(text.split('x')[1]) }));

for (const size of sizes) {
  test(`screens ${size.width}x${size.height}`, async ({ page, harness }) => {
    await page.setViewportSize(size);
    await openTill(page, harness.url);
    for (let i = 1; i <= 12; i += 1) await scan(page, withCheckDigit(`200000000${String(i).padStart(3, '0')}`));
    await scan(page, withCheckDigit(`200000000001`));
    await expect(page.getByTestId('basket-count')).toContainText('12');
    await scan(page, `${withCheckDigit('200000000004').slice(0, 12)}0`);
    await expect(page.getByTestId('blocking-message')).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/till-error-${size.width}x${size.height}.png` });
    await page.keyboard.press('Escape');
    await page.keyboard.press('F2');
    const wizard = page.getByTestId('onboarding');
    await expect(wizard).toBeVisible();
    await page.screenshot({ path: `${dir}/wizard-${size.width}x${size.height}.png` });
    await page.keyboard.press('Alt+ArrowRight');
    await wizard.getByLabel('Ad soyad').fill(ADMIN.name);
    await wizard.getByLabel('PIN (6–8 rakam)').fill(ADMIN.pin);
    await wizard.getByLabel('PIN tekrar').fill(ADMIN.pin);
    await page.keyboard.press('Enter');
    await expect(wizard.getByText(`${ADMIN.name} oluşturuldu ve oturum açtı.`)).toBeVisible();
    await page.keyboard.press('Alt+ArrowRight');
    await wizard.getByRole('button', { name: 'TokenX bağlantısını dene' }).click();
    await expect(wizard.getByTestId('tokenx-test').getByRole('status')).toBeVisible();
    await page.screenshot({ path: `${dir}/wizard-tokenx-${size.width}x${size.height}.png` });
    for (let step = 0; step < 2; step += 1) await page.keyboard.press('Alt+ArrowRight');
    await wizard.getByRole('button', { name: 'Kurulumu bitir' }).click();
    await page.keyboard.press('Alt+3');
    await expect(page.getByTestId('audit-table')).toBeVisible();
    await page.screenshot({ path: `${dir}/manager-audit-${size.width}x${size.height}.png` });
    await page.keyboard.press('Alt+1');
    await expect(page.getByTestId('tosla-day-table')).toContainText('ORD-');
    await page.screenshot({ path: `${dir}/manager-orders-${size.width}x${size.height}.png` });
  });
}
