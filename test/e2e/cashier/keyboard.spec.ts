import type { Page } from '@playwright/test';
import { z } from 'zod';
import { expect, test } from '../harness';
import { BARCODE, domatesLabel, grandTotal, lines, openTill, scan } from './steps';

/** Types like a scanner on a busy PC or over Bluetooth: each key 70–150 ms after the last, then Enter. */
async function slowScan(page: Page, code: string): Promise<void> {
  for (const [index, char] of [...code].entries()) {
    await page.keyboard.type(char);
    await page.waitForTimeout(70 + ((index * 37) % 81));
  }
  await page.keyboard.press('Enter');
}

/** Whether the focused element draws a visible focus ring (an outline of at least 2 px). */
async function focusRingShown(page: Page): Promise<boolean> {
  return z.boolean().parse(
    await page.evaluate(`(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return false;
      const style = getComputedStyle(element);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    })()`),
  );
}

test('a scan is one code however slowly its keys arrive, and a click elsewhere never splits it', async ({ page, harness }) => {
  await openTill(page, harness.url);
  await slowScan(page, BARCODE.ekmek250);
  await expect(lines(page)).toHaveCount(1);
  await expect(page.getByTestId('entry')).toHaveValue('');
  await expect(page.getByTestId('blocking-message')).toHaveCount(0);

  // Focus on a button after a click: the scan still lands in the entry field.
  await page.getByTestId('action-customer').focus();
  await slowScan(page, BARCODE.simit);
  await expect(lines(page)).toHaveCount(2);
  await expect(page.getByTestId('entry')).toBeFocused();

  // A search half typed, then a scan: the scan counts and the words stay.
  await page.keyboard.type('ayr', { delay: 40 });
  await scan(page, BARCODE.ekmek350);
  await expect(lines(page)).toHaveCount(3);
  await expect(page.getByTestId('entry')).toHaveValue('ayr');
});

test('keys typed into another field are that field’s: a TCKN typed fast is not taken for a scan', async ({ page, harness }) => {
  await openTill(page, harness.url);
  await page.keyboard.press('F7');
  const taxId = page.getByTestId('customer-taxId');
  await expect(taxId).toBeFocused();
  await page.keyboard.type('10000000146', { delay: 2 });
  await page.keyboard.press('Tab');
  await expect(taxId).toHaveValue('10000000146');
  await expect(lines(page)).toHaveCount(0);
  await expect(page.getByTestId('blocking-message')).toHaveCount(0);
});

test('weighed goods: a PLU and Enter asks for the weight; a picked product too; a scale label carries its own', async ({ page, harness }) => {
  await openTill(page, harness.url);
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  const weight = page.getByTestId('weight-dialog');
  await expect(weight).toContainText('Domates');
  await expect(page.getByTestId('weight-value')).toBeFocused();
  // Enter with nothing typed says why nothing happened.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('weight-dialog-blocked')).toHaveText('Terazide okunan ağırlığı kg olarak yazın.');
  await page.keyboard.type('0,750');
  await page.keyboard.press('Enter');
  await expect(weight).toHaveCount(0);
  await expect(lines(page).first().getByTestId('line-quantity')).toHaveText('0,75 kg');
  await expect(page.getByTestId('entry')).toBeFocused();

  await page.keyboard.type('muz', { delay: 60 });
  await expect(page.getByTestId('search-results')).toContainText('Muz');
  await page.keyboard.press('Enter');
  await expect(weight).toContainText('Muz');
  await page.keyboard.type('1,2');
  await page.keyboard.press('Enter');
  await expect(lines(page)).toHaveCount(2);

  await scan(page, domatesLabel(500));
  await expect(weight).toHaveCount(0);
  await expect(lines(page)).toHaveCount(3);
  await expect(grandTotal(page)).not.toHaveText('₺0,00');
});

test('help opens with F12 from a text field without typing into it; focus comes back to a control after every dialog and save; focus is always drawn', async ({ page, harness }) => {
  await openTill(page, harness.url);
  const entry = page.getByTestId('entry');
  await page.keyboard.press('F12');
  await expect(page.getByTestId('help')).toBeVisible();
  expect(await focusRingShown(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(entry).toBeFocused();
  await expect(entry).toHaveValue('');

  // One stray F12 never switches the language in the middle of a sale.
  await scan(page, BARCODE.ekmek250);
  await page.keyboard.press('F12');
  await page.keyboard.press('F12');
  await expect(page.getByRole('heading', { name: 'Kasa' })).toBeVisible();

  // "Fill the rest" keeps the keyboard in the dialog; Esc then gives the till back.
  await page.keyboard.press('F6');
  await page.getByTestId('payment-split').check();
  await page.getByLabel('Tutar').nth(0).fill('4');
  await page.getByRole('button', { name: 'Kalanı buna yaz' }).nth(1).click();
  await expect(page.getByLabel('Tutar').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(entry).toBeFocused();

  // F5 reaches target and kind without leaving the field: ↓ the whole basket, a % makes it a percent.
  await page.keyboard.press('F5');
  await expect(page.getByTestId('discount-value')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('discount-basket')).toBeChecked();
  await page.keyboard.type('10%');
  await expect(page.getByTestId('discount-percent')).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('totals-basket-discount')).toHaveText(/1,00/u);
  await expect(entry).toBeFocused();

  // Settings: saving keeps the focus on a control, and every control shows where focus is.
  await page.keyboard.press('F3');
  for (let step = 0; step < 6; step += 1) {
    await page.keyboard.press('Tab');
    expect(await focusRingShown(page)).toBe(true);
  }
  const terminal = page.getByLabel('Bu kasanın cihazı (terminal-id)');
  await terminal.fill('AV0000000002');
  await terminal.press('Enter');
  await expect(page.getByRole('form', { name: 'TokenX' }).getByText('Kaydedildi')).toBeVisible();
  await expect(page.locator('body')).not.toBeFocused();
});

test('a refused scan sounds the warning at the volume set in Settings; nothing plays at zero', async ({ page, harness }) => {
  // Counts the tones the page plays and the loudness they are played at.
  await page.addInitScript(`(() => {
    window.tonesPlayed = [];
    const original = AudioContext.prototype.createGain;
    AudioContext.prototype.createGain = function () {
      const gain = original.call(this);
      queueMicrotask(() => window.tonesPlayed.push(gain.gain.value));
      return gain;
    };
  })()`);
  await openTill(page, harness.url);
  const played = async () => z.array(z.number()).parse(await page.evaluate('window.tonesPlayed'));
  await scan(page, '123');
  await expect(page.getByTestId('blocking-message')).toBeVisible();
  await expect.poll(played).toHaveLength(1);
  expect((await played())[0]).toBeCloseTo(0.6 * 0.33, 3);
  // Enter alone acknowledges; the sound is for each new warning.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('blocking-message')).toHaveCount(0);

  await page.keyboard.press('F3');
  const volume = page.getByTestId('sound-volume');
  await volume.focus();
  await page.keyboard.press('Home');
  await expect(volume).toHaveValue('0');
  await page.keyboard.press('F1');
  await scan(page, '456');
  await expect(page.getByTestId('blocking-message')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await played()).toHaveLength(1);
});
