import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from '../harness';
import { ADMIN, addUser, finishOnboarding, signIn } from './steps';

const MANAGER = { name: 'Mert Kaya', pin: '519064' };
const CASHIER = { name: 'Can Demir', pin: '3917' };

/** `yyyyMMdd` of an Istanbul day, `daysBack` before today: the simulator seeds `ORD-<that>-0001`… for each. */
function istanbulDay(daysBack: number): string {
  const day = new Date(Date.now() - daysBack * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(day)
    .replaceAll('-', '');
}

async function setUp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await finishOnboarding(page);
  await addUser(page, { name: MANAGER.name, role: 'Yönetici', pin: MANAGER.pin });
  await addUser(page, { name: CASHIER.name, role: 'Kasiyer', pin: CASHIER.pin });
  await page.keyboard.press('Alt+1');
}

async function openOrder(page: Page, orderId: string): Promise<void> {
  const lookup = page.getByLabel('Sipariş numarası');
  await lookup.fill(orderId);
  await lookup.press('Enter');
  await expect(page.getByTestId('order-detail')).toContainText(orderId);
  await expect(page.getByTestId('order-action')).toBeVisible();
}

async function approveAs(page: Page, who: string, pin: string): Promise<void> {
  const dialog = page.getByTestId('manager-override');
  await dialog.getByLabel('Onaylayan yönetici').selectOption({ label: who });
  await dialog.getByLabel('PIN', { exact: true }).fill(pin);
  await dialog.getByLabel('PIN', { exact: true }).press('Enter');
}

test('only users holding the permission are offered to approve a refund, and a cashier cannot look orders up', async ({ page, harness }) => {
  await setUp(page, harness.url);
  const settled = `ORD-${istanbulDay(1)}-0001`;
  await openOrder(page, settled);
  await page.getByLabel('İade tutarı').fill('10');
  await page.getByLabel('İade tutarı').press('Enter');
  await page.getByRole('button', { name: 'Evet, yönetici onayına geç' }).click();
  const dialog = page.getByTestId('manager-override');
  const approvers = dialog.getByLabel('Onaylayan yönetici').locator('option');
  await expect(approvers).toHaveText([`${ADMIN.name} · Sistem yöneticisi`, `${MANAGER.name} · Yönetici`]);
  await saveScreenshot(page, 'manager-approvers');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('order-refunded')).toHaveText('₺0,00');

  await page.getByRole('button', { name: 'Oturumu kapat' }).click();
  await signIn(page, `${CASHIER.name} · Kasiyer`, CASHIER.pin);
  await expect(page.getByTestId('signed-in-user')).toHaveText(`${CASHIER.name} (Kasiyer)`);
  await page.keyboard.press('Alt+1');
  const lookup = page.getByLabel('Sipariş numarası');
  await lookup.fill(settled);
  await lookup.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /yetki/iu })).toBeVisible();
  await saveScreenshot(page, 'manager-cashier-denied');
});

test('a manager voids a same-day order and refunds a settled one in parts up to the whole; the audit log shows it and catches tampering', async ({
  page,
  harness,
}) => {
  await setUp(page, harness.url);
  await expect(page.getByTestId('tosla-day-table')).toContainText(`ORD-${istanbulDay(0)}-0001`);
  await saveScreenshot(page, 'manager-tosla-day');

  // Same day: a void of the whole amount.
  const today = `ORD-${istanbulDay(0)}-0001`;
  await openOrder(page, today);
  await expect(page.getByTestId('order-action')).toContainText('İptal mümkün.');
  await saveScreenshot(page, 'manager-order-voidable');
  await page.getByRole('button', { name: /Siparişi iptal et/u }).click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await saveScreenshot(page, 'manager-confirm-void');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('manager-override')).toBeVisible();
  await saveScreenshot(page, 'manager-override');
  await approveAs(page, `${MANAGER.name} · Yönetici`, MANAGER.pin);
  await expect(page.getByTestId('operation-state')).toContainText('Tamamlandı');
  await expect(page.getByTestId('order-status')).toHaveText('İptal edildi');
  await expect(page.getByTestId('order-remaining')).toHaveText('₺0,00');
  await saveScreenshot(page, 'manager-void-done');

  // A settled order: refunds only, in two parts, never above what is left.
  const settled = `ORD-${istanbulDay(1)}-0001`;
  await openOrder(page, settled);
  await expect(page.getByTestId('order-action')).toContainText('Yalnızca iade mümkün.');
  const remaining = (await page.getByTestId('order-remaining').textContent()) ?? '';
  const amount = page.getByLabel('İade tutarı');
  await amount.fill('999999');
  await expect(page.getByText(/En fazla .* girilebilir/u)).toBeVisible();
  await expect(page.getByRole('button', { name: 'İade et' })).toBeDisabled();
  await amount.fill('10');
  await amount.press('Enter');
  await page.keyboard.press('Enter');
  await approveAs(page, `${MANAGER.name} · Yönetici`, MANAGER.pin);
  await expect(page.getByTestId('operation-state')).toContainText('Tamamlandı: ₺10,00 tutarında iade.');
  await expect(page.getByTestId('order-refunded')).toHaveText('₺10,00');
  await expect(page.getByTestId('order-status')).toHaveText('Parçalı iade edildi');
  await saveScreenshot(page, 'manager-partial-refund');

  // The field now offers the rest; refunding it empties the order.
  const rest = await amount.inputValue();
  await amount.press('Enter');
  await page.keyboard.press('Enter');
  await approveAs(page, `${MANAGER.name} · Yönetici`, MANAGER.pin);
  await expect(page.getByTestId('operation-state')).toContainText(`Tamamlandı: ₺${rest} tutarında iade.`);
  await expect(page.getByTestId('order-remaining')).toHaveText('₺0,00');
  await expect(page.getByTestId('order-status')).toHaveText('Tamamı iade edildi');
  await expect(page.getByTestId('order-action')).not.toContainText('İade tutarı');
  await expect(page.getByTestId('operations-table').getByRole('row')).toHaveCount(3);
  expect(remaining).not.toBe('₺0,00');
  await saveScreenshot(page, 'manager-full-refund');

  // The audit log has all three, approved by the manager, and its chain checks out.
  await page.keyboard.press('Alt+3');
  await page.getByLabel('İşlem').fill('tosla');
  await page.getByLabel('Sonuç').fill('succeeded');
  await page.getByLabel('Sonuç').press('Enter');
  const table = page.getByTestId('audit-table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('tosla.void');
  await expect(table.getByRole('row', { name: /tosla\.refund/u })).toHaveCount(2);
  await expect(table.getByRole('row', { name: /tosla\.void/u })).toContainText(MANAGER.name);
  await page.getByRole('button', { name: 'Bütünlüğü denetle' }).click();
  await expect(page.getByTestId('audit-integrity')).toContainText('Kayıt zinciri sağlam');
  await saveScreenshot(page, 'manager-audit');

  // Someone with the database file lowers a refund's amount; the check names the row.
  const db = new DatabaseSync(join(harness.dataDir, 'pos.sqlite'));
  db.exec('DROP TRIGGER audit_log_no_update');
  const row = db.prepare(`SELECT seq FROM audit_log WHERE action = 'tosla.refund' ORDER BY seq LIMIT 1`).get() as { seq: number };
  db.prepare('UPDATE audit_log SET amount_kurus = 1 WHERE seq = ?').run(row.seq);
  db.close();
  await page.getByRole('button', { name: 'Bütünlüğü denetle' }).click();
  await expect(page.getByTestId('audit-integrity')).toContainText(`BOZUK: #${row.seq}`);
  await saveScreenshot(page, 'manager-audit-tampered');
  expect(ADMIN.name).not.toBe(MANAGER.name);
});

test('a refund whose answer is lost shows "checking" until Tosla’s records settle it, and is never sent twice', async ({ page, harness }) => {
  await setUp(page, harness.url);

  // The embedded simulator's address, from the Tosla connection test in Settings.
  await page.keyboard.press('F3');
  await page.getByRole('button', { name: 'Tosla bağlantısını dene' }).click();
  await expect(page.getByTestId('tosla-test')).toContainText('Tosla cevap verdi');
  const answer = (await page.getByTestId('tosla-test').textContent()) ?? '';
  const base = /http:\/\/127\.0\.0\.1:\d+/u.exec(answer)?.[0];
  expect(base).toBeDefined();
  await page.keyboard.press('F2');

  const settled = `ORD-${istanbulDay(2)}-0001`;
  await openOrder(page, settled);
  const refundedBefore = (await page.getByTestId('order-refunded').textContent()) ?? '';
  // The control API wants this run's token, which the app gives its own screens in training.
  const status: unknown = await page.evaluate("window.pos.call('tosla.status')");
  const token = (status as { value: { simulatorToken: string } }).value.simulatorToken;
  const control = { 'content-type': 'application/json', 'x-simulator-token': token };
  const simulatorOrder = async () =>
    (await (await fetch(`${base}/__control/orders/${settled}`, { headers: control })).json()) as {
      original: { refundedAmount: number };
      children: unknown[];
    };
  const before = await simulatorOrder();

  // The refund is applied but its answer is lost, and the next two inquiries about it (the
  // service's own, and the screen's reload) fail too. The order check before sending uses up
  // the harmless first inquiry fault.
  for (const fault of [
    { method: 'inquiry', mode: 'delay', when: 'before', delayMs: 0 },
    { method: 'inquiry', mode: 'status-500', when: 'before', times: 2 },
    { method: 'refund', mode: 'empty-body', when: 'after' },
  ]) {
    const response = await fetch(`${base}/__control/faults`, { method: 'POST', headers: control, body: JSON.stringify(fault) });
    expect(response.ok).toBe(true);
  }

  const amount = page.getByLabel('İade tutarı');
  await amount.fill('5');
  await amount.press('Enter');
  await page.keyboard.press('Enter');
  await approveAs(page, `${MANAGER.name} · Yönetici`, MANAGER.pin);
  const state = page.getByTestId('operation-state');
  await expect(state).toContainText('Kontrol ediliyor');
  await expect(page.getByTestId('order-action')).toContainText('önceki iptal veya iadesinin sonucu henüz doğrulanmadı');
  await saveScreenshot(page, 'manager-lost-answer-checking');

  await page.getByRole('button', { name: 'Şimdi tekrar sorgula' }).click();
  await expect(state).toContainText('Tamamlandı: ₺5,00 tutarında iade.');
  await expect(state).toContainText('Tosla’nın kayıtlarından doğrulandı');
  await expect(page.getByTestId('order-refunded')).not.toHaveText(refundedBefore);
  await expect(page.getByTestId('operations-table').getByRole('row')).toHaveCount(2);
  await saveScreenshot(page, 'manager-lost-answer-resolved');

  // Tosla refunded it exactly once.
  const after = await simulatorOrder();
  expect(after.original.refundedAmount).toBe(before.original.refundedAmount + 500);
  expect(after.children).toHaveLength(before.children.length + 1);
});
