import { expect, saveScreenshot, test } from '../harness';
import { BARCODE, acknowledge, domatesLabel, grandTotal, lines, openTill, scan } from './steps';

test('a basket is built from the keyboard: scans, a weighed label, search, 3*, discounts, payment and customer', async ({ page, harness }) => {
  await openTill(page, harness.url);

  await scan(page, BARCODE.ekmek250);
  await scan(page, BARCODE.ekmek250);
  await expect(lines(page)).toHaveCount(1);
  await expect(lines(page).first().getByTestId('line-quantity')).toHaveText('2 adet');

  await scan(page, domatesLabel(1250));
  await expect(lines(page)).toHaveCount(2);
  await expect(lines(page).nth(1)).toContainText('Domates');
  await expect(lines(page).nth(1).getByTestId('line-quantity')).toHaveText('1,25 kg');
  await expect(lines(page).nth(1).getByTestId('line-total')).toHaveText('43,63');

  // Search folds Turkish letters: "AYRAN" and "ayran" find the same; ↓ picks the second hit.
  await page.keyboard.type('3*');
  await expect(page.getByTestId('pending-quantity')).toContainText('3');
  // Typed like a person, slower than any scanner.
  await page.keyboard.type('AYRAN 2', { delay: 80 });
  await expect(page.getByTestId('search-results')).toContainText('Ayran 200 ml');
  await saveScreenshot(page, 'cashier-search');
  await page.keyboard.press('Enter');
  await expect(lines(page)).toHaveCount(3);
  await expect(lines(page).nth(2)).toContainText('Ayran 200 ml');
  await expect(lines(page).nth(2).getByTestId('line-quantity')).toHaveText('3 adet');

  // A misread: the check digit is wrong, so an error row, never a wrong item.
  await scan(page, `${BARCODE.simit.slice(0, 12)}${(Number(BARCODE.simit.at(-1)) + 1) % 10}`);
  await acknowledge(page, 'kontrol hanesi');
  await expect(lines(page)).toHaveCount(3);

  // 20 + 43,63 + 37,50 = 101,13
  await expect(grandTotal(page)).toHaveText(/101,13/u);

  // F5 on the selected Ayran line: 10 %.
  await page.keyboard.press('F5');
  const discount = page.getByTestId('discount-dialog');
  await expect(discount).toBeVisible();
  await discount.getByTestId('discount-value').fill('10');
  await page.keyboard.press('Enter');
  await expect(discount).toHaveCount(0);
  await expect(page.getByTestId('entry')).toBeFocused();
  await expect(lines(page).nth(2).getByTestId('line-discount')).toHaveText('−3,75');

  // F5 again, on the basket: ₺5 off.
  await page.keyboard.press('F5');
  await discount.getByTestId('discount-basket').check();
  await discount.getByTestId('discount-amount').check();
  await discount.getByTestId('discount-value').fill('5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('totals-basket-discount')).toHaveText(/5,00/u);
  await expect(grandTotal(page)).toHaveText(/92,38/u);
  await expect(page.getByTestId('vat-row')).toHaveCount(1);

  // F6: split cash ₺50 + card for the rest.
  await page.keyboard.press('F6');
  const payment = page.getByTestId('payment-dialog');
  await payment.getByTestId('payment-split').check();
  const amounts = payment.getByLabel('Tutar');
  await amounts.nth(0).fill('50');
  await payment.getByRole('button', { name: 'Kalanı buna yaz' }).nth(1).click();
  await expect(payment.getByTestId('split-remaining')).toHaveText('Tutarlar toplamı karşılıyor.');
  await saveScreenshot(page, 'cashier-split-payment');
  await amounts.nth(1).press('Enter');
  await expect(payment).toHaveCount(0);
  await expect(page.getByTestId('payment-summary')).toContainText('Nakit ₺50,00 + Kredi kartı ₺42,38');

  // F7: a company customer; a bad VKN is named, a good one accepted.
  await page.keyboard.press('F7');
  const customer = page.getByTestId('customer-dialog');
  await customer.getByTestId('customer-taxId').fill('1234567891');
  await customer.getByTestId('customer-name').fill('Örnek Gıda A.Ş.');
  await customer.getByTestId('customer-taxOffice').fill('Kadıköy');
  await page.keyboard.press('Enter');
  await expect(customer).toContainText("1234567891 VKN'si doğrulanamadı");
  await customer.getByTestId('customer-taxId').fill('1234567890');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-summary')).toContainText('Örnek Gıda A.Ş. · 1234567890');
  await expect(page.getByTestId('entry')).toBeFocused();
  await saveScreenshot(page, 'cashier-basket');
});
