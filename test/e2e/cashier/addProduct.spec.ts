import type { Page } from '@playwright/test';
import { withCheckDigit } from '../../../src/shared/barcode/gtin';
import { expect, saveScreenshot, test } from '../harness';
import { ADMIN, addUser, finishOnboarding, signIn } from '../manager/steps';
import { grandTotal, lines, scan, warning } from './steps';

const CASHIER = { name: 'Can Demir', pin: '3917' };
/** A Turkish (869) EAN-13 the training catalog does not have. */
const UNKNOWN = withCheckDigit('869123456789');

/** A shop with its administrator and a cashier; the cashier is signed in at the till. */
async function cashierAtTill(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await finishOnboarding(page);
  await addUser(page, { name: CASHIER.name, role: 'Kasiyer', pin: CASHIER.pin });
  await page.getByTestId('sign-out').click();
  await signIn(page, `${CASHIER.name} · Kasiyer`, CASHIER.pin);
  await expect(page.getByTestId('signed-in-user')).toHaveText(`${CASHIER.name} · Kasiyer`);
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { name: 'Kasa' })).toBeVisible();
  await expect(page.getByTestId('send-target')).toContainText('AV');
  await expect(page.getByTestId('entry')).toBeFocused();
}

/** Scans the unknown barcode, sees the warning offer to add it, and opens the dialog with Enter. */
async function openAddProduct(page: Page): Promise<ReturnType<Page['getByTestId']>> {
  await scan(page, UNKNOWN);
  await expect(warning(page)).toHaveAttribute('data-code', 'catalog.unknown');
  await expect(warning(page)).toContainText(`${UNKNOWN} barkodu katalogda yok`);
  await expect(warning(page).getByTestId('blocking-ok')).toContainText('Ürün olarak ekle');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('add-product-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('add-product-barcode')).toHaveText(UNKNOWN);
  await expect(dialog.getByTestId('add-product-name')).toBeFocused();
  return dialog;
}

async function fillProduct(page: Page, dialog: ReturnType<Page['getByTestId']>): Promise<void> {
  // Typed like a person, slower than any scanner.
  await page.keyboard.type('Zeytinyağı 1 L', { delay: 60 });
  await dialog.getByLabel('Satış fiyatı (KDV dahil, birim başına)').fill('189,90');
  await dialog.getByTestId('add-product-vat').selectOption({ label: '%10' });
  await dialog.getByTestId('add-product-unit').selectOption({ label: 'adet' });
}

test("an unknown barcode becomes a product with the administrator's PIN and goes into the basket", async ({ page, harness }) => {
  await cashierAtTill(page, harness.url);
  const dialog = await openAddProduct(page);
  await fillProduct(page, dialog);
  await saveScreenshot(page, 'cashier-add-product');
  await page.keyboard.press('Enter');

  // A cashier may not change the catalog: main asks for approval, and the administrator gives it here.
  const approval = page.getByTestId('manager-override');
  await expect(approval).toContainText('Zeytinyağı 1 L');
  await approval.getByLabel('Onaylayan yönetici').selectOption({ label: `${ADMIN.name} · Sistem yöneticisi` });
  await approval.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
  await approval.getByLabel('PIN', { exact: true }).press('Enter');

  await expect(approval).toHaveCount(0);
  await expect(dialog).toHaveCount(0);
  await expect(warning(page)).toHaveCount(0);
  await expect(lines(page)).toHaveCount(1);
  await expect(lines(page).first()).toContainText('Zeytinyağı 1 L');
  await expect(lines(page).first()).toContainText(UNKNOWN);
  await expect(grandTotal(page)).toHaveText(/189,90/u);
  await expect(page.getByTestId('entry')).toBeFocused();

  // The catalog has it now: the next scan is an ordinary line.
  await scan(page, UNKNOWN);
  await expect(lines(page).first().getByTestId('line-quantity')).toHaveText('2 adet');
  await expect(grandTotal(page)).toHaveText(/379,80/u);
});

test('a cashier without approval cannot add the product and is told so', async ({ page, harness }) => {
  await cashierAtTill(page, harness.url);
  const dialog = await openAddProduct(page);
  await fillProduct(page, dialog);
  await page.keyboard.press('Enter');

  const approval = page.getByTestId('manager-override');
  await expect(approval).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(approval).toHaveCount(0);
  await expect(dialog.getByTestId('add-product-problem')).toHaveText(
    'Ürün kaydedilmedi: kataloğa ürün eklemek için yönetici onayı gerekiyor.',
  );
  await saveScreenshot(page, 'cashier-add-product-refused');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('entry')).toBeFocused();
  await expect(lines(page)).toHaveCount(0);

  // Still unknown: nothing was written to the catalog.
  await scan(page, UNKNOWN);
  await expect(warning(page)).toHaveAttribute('data-code', 'catalog.unknown');
  await expect(lines(page)).toHaveCount(0);
});
