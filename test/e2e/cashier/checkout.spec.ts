import { withCheckDigit } from '../../../src/shared/barcode/gtin';
import { expect, saveScreenshot, test } from '../harness';
import {
  BARCODE,
  acknowledge,
  domatesLabel,
  grandTotal,
  lines,
  occupyTerminal,
  openDevice,
  openOnDevice,
  openTill,
  scan,
  sendToDevice,
  setSimulatorDialect,
  simulator,
  status,
} from './steps';

test('the whole sale: scan, weigh, search, discount, split payment, send, pay on the virtual ÖKC, outcome on screen', async ({ page, harness }) => {
  await openTill(page, harness.url);
  const sim = await simulator(page);
  await expect(page.getByTestId('send-target')).toContainText(sim.terminalId);

  await scan(page, BARCODE.ekmek350);
  await scan(page, domatesLabel(800));
  await page.keyboard.type('simit', { delay: 80 });
  await expect(page.getByTestId('search-results')).toContainText('Simit 1 adet');
  await page.keyboard.press('Enter');
  await expect(lines(page)).toHaveCount(3);
  // 14,00 + 27,92 + 15,00
  await expect(grandTotal(page)).toHaveText(/56,92/u);

  await page.keyboard.press('F5');
  const discount = page.getByTestId('discount-dialog');
  await discount.getByTestId('discount-basket').check();
  await discount.getByTestId('discount-amount').check();
  await discount.getByTestId('discount-value').fill('1,92');
  await page.keyboard.press('Enter');
  await expect(grandTotal(page)).toHaveText(/55,00/u);

  await page.keyboard.press('F6');
  const payment = page.getByTestId('payment-dialog');
  await payment.getByTestId('payment-split').check();
  await payment.getByLabel('Tutar').nth(0).fill('20');
  await payment.getByLabel('Tutar').nth(1).fill('35');
  await payment.getByLabel('Tutar').nth(1).press('Enter');
  await expect(page.getByTestId('payment-summary')).toContainText('Nakit ₺20,00 + Kredi kartı ₺35,00');

  await sendToDevice(page);
  await expect(page.getByTestId('locked-by')).toContainText('Henüz hiçbir cihaz açmadı');
  await saveScreenshot(page, 'cashier-on-device');
  // The basket cannot change while it is on the device.
  await scan(page, BARCODE.simit);
  await acknowledge(page, 'Sepet cihazda');
  await expect(lines(page)).toHaveCount(3);

  const device = await openDevice(page, sim);
  await openOnDevice(device, sim);
  await expect(page.getByTestId('locked-by')).toContainText(sim.terminalId);
  await device.getByTestId(`pay-${sim.terminalId}`).click();

  await expect(status(page)).toHaveAttribute('data-state', 'paid');
  await expect(page.getByTestId('status-word')).toHaveText('ÖDENDİ');
  await expect(page.getByTestId('receipt-no')).toHaveText(await device.getByTestId(`receipt-no-${sim.terminalId}`).innerText());
  await expect(page.getByTestId('z-no')).not.toHaveText('—');
  await expect(page.getByTestId('payments')).toContainText('Nakit: ₺20,00');
  await expect(page.getByTestId('payments')).toContainText('Kredi kartı: ₺35,00');
  await saveScreenshot(page, 'cashier-paid');

  await page.bringToFront();
  await page.keyboard.press('Alt+F12');
  await expect(page.getByTestId('status-word')).toHaveText('PAID');
  await expect(page.getByTestId('payments')).toContainText('Cash: ₺20,00');
  await saveScreenshot(page, 'cashier-paid-en');
  await page.keyboard.press('Alt+F12');
  await expect(page.getByTestId('status-word')).toHaveText('ÖDENDİ');
  await page.keyboard.press('F10');
  await expect(lines(page)).toHaveCount(0);
  await expect(status(page)).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('entry')).toBeFocused();
});

test('a declined card shows the code, what it means and what to do; after the payment is changed F10 sends the same lines again', async ({ page, harness }) => {
  await openTill(page, harness.url);
  const sim = await simulator(page);
  await scan(page, BARCODE.ekmek250);
  await sendToDevice(page);
  const device = await openDevice(page, sim);
  await openOnDevice(device, sim);
  await device.getByTestId(`decline-code-${sim.terminalId}`).selectOption('5005');
  await device.getByTestId(`decline-${sim.terminalId}`).click();

  await expect(status(page)).toHaveAttribute('data-state', 'declined');
  await expect(page.getByTestId('device-answer')).toContainText('Kod 5005');
  await expect(page.getByTestId('what-to-do')).toContainText('Ne yapmalı');
  await expect(page.getByTestId('device-answer')).not.toContainText('Online Decline');
  await expect(page.getByTestId('resend-hint')).toContainText('F10');
  await saveScreenshot(page, 'cashier-declined');
  await page.bringToFront();
  await expect(lines(page)).toHaveCount(1);

  // The customer pays cash instead: F6, then F10 sends the same line as a new basket.
  await page.keyboard.press('F6');
  await page.getByTestId('payment-dialog').getByTestId('payment-cash').check();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('payment-summary')).toHaveText('Nakit');
  await expect(page.getByTestId('entry')).toBeFocused();
  await page.keyboard.press('F10');
  await expect(status(page)).toHaveAttribute('data-state', 'on-device');
  await expect(lines(page)).toHaveCount(1);
  await openOnDevice(device, sim);
  await device.getByTestId(`pay-${sim.terminalId}`).click();
  await expect(status(page)).toHaveAttribute('data-state', 'paid');
});

test('a receipt above the device’s receipt limit asks first: Esc goes back to add an invoice, confirming sends it as a receipt', async ({ page, harness }) => {
  await openTill(page, harness.url);
  const sim = await simulator(page);
  // The device reports a receipt limit of ₺9.900,00 (in kuruş, like every amount); the till reads it when it opens.
  await setSimulatorDialect(sim, { receiptLimit: 'kurus-9900-tl' });
  await page.reload();
  await expect(page.getByTestId('entry')).toBeFocused();

  await page.keyboard.type('100*');
  await scan(page, withCheckDigit('200000000008'));
  await expect(grandTotal(page)).toHaveText(/13\.900,00/u);

  await page.keyboard.press('F10');
  const warning = page.getByTestId('confirm-dialog');
  await expect(warning).toContainText('Fiş sınırının üzerinde');
  await expect(warning).toContainText('₺13.900,00');
  await expect(warning).toContainText('₺9.900,00');
  await page.keyboard.press('Escape');
  await expect(warning).toHaveCount(0);
  await expect(status(page)).not.toHaveAttribute('data-state', 'on-device');

  await page.keyboard.press('F10');
  await expect(warning).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveAttribute('data-state', 'on-device');
});

test('a refused basket is never dropped without asking', async ({ page, harness }) => {
  await openTill(page, harness.url);
  const sim = await simulator(page);
  await scan(page, BARCODE.ekmek250);
  await scan(page, BARCODE.simit);
  await sendToDevice(page);
  const device = await openDevice(page, sim);
  await openOnDevice(device, sim);
  await device.getByTestId(`decline-${sim.terminalId}`).click();
  await page.bringToFront();
  await expect(status(page)).toHaveAttribute('data-state', 'declined');

  await page.getByTestId('new-sale').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('2 satırın parası alınmadı');
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(lines(page)).toHaveCount(2);
  await page.getByTestId('new-sale').click();
  await confirm.getByRole('button', { name: 'Evet, sepeti sil' }).click();
  await expect(lines(page)).toHaveCount(0);
  await expect(status(page)).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('entry')).toBeFocused();
});

test('cancel before payment deletes the basket on the device, confirmed by TokenX', async ({ page, harness }) => {
  await openTill(page, harness.url);
  const sim = await simulator(page);
  await scan(page, BARCODE.simit);
  await sendToDevice(page);
  await page.keyboard.press('F8');
  await expect(status(page)).toHaveAttribute('data-state', /deleted|cancelled-on-device/u);
  await saveScreenshot(page, 'cashier-cancelled');
  const device = await openDevice(page, sim);
  await expect(device.getByTestId(`open-list-${sim.terminalId}`).locator('li')).toHaveCount(0);
});

test('a device busy with another basket is shown with that basket, and the sale goes through once it is cleared', async ({ page, harness }) => {
  await openTill(page, harness.url);
  const sim = await simulator(page);
  await occupyTerminal(sim);

  await scan(page, BARCODE.ekmek250);
  await page.keyboard.press('F10');
  await expect(status(page)).toHaveAttribute('data-state', 'device-busy');
  await expect(page.getByTestId('status-word')).toHaveText('Cihaz meşgul');
  await expect(page.getByTestId('device-answer')).toContainText('Kod 1100');
  await expect(page.getByTestId('open-basket')).toContainText('Kasa 2');
  await saveScreenshot(page, 'cashier-device-busy');

  // The other basket is cancelled at the device; F10 sends this one again under a new id.
  const device = await openDevice(page, sim);
  await openOnDevice(device, sim);
  await device.getByTestId(`cancel-${sim.terminalId}`).click();
  await expect(device.getByTestId(`open-list-${sim.terminalId}`).locator('li')).toHaveCount(0);
  await page.bringToFront();
  await expect(lines(page)).toHaveCount(1);
  await expect(page.getByTestId('action-primary')).toHaveAttribute('data-action', 'resend');
  await page.keyboard.press('F10');
  await expect(status(page)).toHaveAttribute('data-state', 'on-device');
});

test('after a restart the basket still on the device is shown, blocks a new sale, and is followed to its outcome', async ({ page, harness }) => {
  await openTill(page, harness.url);
  await scan(page, BARCODE.ekmek250);
  await sendToDevice(page);

  // The till dies with the basket on the device; the training simulator keeps it, as TokenX would.
  await page.goto(await harness.restart());
  const recovery = page.getByTestId('recovery-panel');
  await expect(recovery).toBeVisible();
  await expect(page.getByTestId('recovery-entry')).toHaveCount(1);
  await expect(page.getByTestId('recovery-entry')).toContainText('₺10,00');
  await expect(recovery).toContainText(/yeni satış/iu);
  // The basket in flight is on screen, read-only, with what it comes to.
  await expect(page.getByTestId('recovered-basket')).toContainText('₺10,00');
  await expect(page.getByTestId('recovered-line')).toHaveCount(1);
  await expect(page.getByTestId('recovered-line')).toContainText('Ekmek 250 g');
  await expect(page.getByTestId('grand-total')).toHaveText(/10,00/u);
  await saveScreenshot(page, 'cashier-recovery');

  // The device takes the payment after the restart; the till learns it and lets the cashier go on.
  const sim = await simulator(page);
  const device = await openDevice(page, sim);
  await openOnDevice(device, sim);
  await device.getByTestId(`pay-${sim.terminalId}`).click();
  await expect(page.getByTestId('recovery-entry')).toHaveCount(0);
  await expect(status(page)).toHaveAttribute('data-state', 'paid');
  await saveScreenshot(page, 'cashier-recovered-paid');
  // The next scan starts the next sale by itself.
  await page.bringToFront();
  await scan(page, BARCODE.simit);
  await expect(lines(page)).toHaveCount(1);
  await expect(status(page)).toHaveAttribute('data-state', 'idle');
});
