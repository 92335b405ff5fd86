import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCheckDigit } from '../../../src/shared/barcode/gtin';
import { lines } from '../cashier/steps';
import { expect, saveScreenshot, test } from '../harness';
import { finishOnboarding } from './steps';

const barcode = (index: number) => withCheckDigit(`869${String(index).padStart(9, '0')}`);

/** A price list as Turkish Excel saves it, far over the harness's 256 KB call cap, with two bad rows; in `dir`, removed with it. */
function priceList(dir: string): string {
  const rows = Array.from({ length: 40_000 }, (_, offset) => `${barcode(offset + 1)};Ürün ${offset + 1} Çikolatalı Gofret;adet;${(offset % 900) + 1},50;20`);
  rows[2] = `8690000000034;Yanlış kontrol hanesi;adet;10,00;20`;
  rows[30_000] = `${barcode(30_001)};Eski KDV;adet;10,00;18`;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fiyat-listesi.csv');
  writeFileSync(file, `\ufeffBarkod;Ürün Adı;Birim;Fiyat;KDV\r\n${rows.join('\r\n')}\r\n`);
  return file;
}

test('a manager imports a 40,000-row price list: choose, dry run with the bad rows, import skipping them, then sell one at the till', async ({ page, harness }) => {
  const file = priceList(join(harness.dataDir, 'masaustu'));
  await page.goto(harness.url);
  await finishOnboarding(page);
  await page.keyboard.press('Alt+4');
  const section = page.getByTestId('product-import');
  await expect(section.getByRole('button', { name: 'Dosya seç…' })).toBeFocused();

  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);

  const checked = page.getByTestId('import-checked');
  await expect(checked).toContainText('fiyat-listesi.csv');
  await expect(checked).toContainText('40.000 satır');
  await expect(page.getByTestId('import-issues').locator('tbody tr')).toHaveText([/^4Barkod.*kontrol hanesi yanlış/u, /^30\.002KDV.*yürürlükte değil/u]);
  await expect(section.getByRole('button', { name: 'Başka dosya seç…' })).toBeFocused();
  await saveScreenshot(page, 'manager-products-dry-run');

  await page.keyboard.press('Shift+Tab');
  await expect(section.getByRole('button', { name: '2 hatalı satırı atlayarak içe aktar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('product-import-done')).toHaveText('fiyat-listesi.csv içe aktarıldı: 39.998 yeni ürün, 0 ürün güncellendi, 2 hatalı satır atlandı.');
  await saveScreenshot(page, 'manager-products-done');

  // At the till the new product is found by name and sold (typed, so no scanner timing is involved).
  await page.keyboard.press('F1');
  await expect(page.getByTestId('entry')).toBeFocused();
  await page.keyboard.type('39999 cikolatali', { delay: 80 });
  await expect(page.getByTestId('search-results')).toContainText('Ürün 39999 Çikolatalı Gofret');
  await page.keyboard.press('Enter');
  await expect(lines(page)).toHaveCount(1);
  await expect(lines(page).first()).toContainText('Ürün 39999 Çikolatalı Gofret');
});
