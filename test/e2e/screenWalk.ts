import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dictionaries } from '../../src/renderer/src/i18n/texts';
import '../../src/renderer/src/texts';
import { AUDIT_ACTIONS, AUDIT_GROUPS, AUDIT_OUTCOMES } from '../../src/shared/audit/auditText';
import { STATUS_CATALOG } from '../../src/shared/tokenx/statusCatalog';
import { TOSLA_REQUEST_STATUSES, TOSLA_TRANSACTION_TYPES } from '../../src/shared/tosla/catalog';
import { PAYMENT_TYPES } from '../../src/shared/tokenx/paymentTypes';
import { withCheckDigit } from '../../src/shared/barcode/gtin';
import { BARCODE, CASHIER_DIALOGS, openDevice, openOnDevice, occupyTerminal, scan, sendToDevice, simulator, status, tryTraining } from './cashier/steps';
import { ADMIN, addUser, completeWizard, signIn } from './manager/steps';
import { expect } from './harness';

const { en, tr } = dictionaries;

export interface AxeFinding {
  screen: string;
  rule: string;
  impact: string;
  nodes: number;
}

/**
 * Walks every screen of the app the way a newcomer meets them, in one language, and
 * calls `visit` on each state worth looking at: the till (empty, full, warning, every
 * dialog, every device outcome), help, settings, the wizard's steps, the sign-in
 * screens, and the manager console's tabs.
 */
export async function walkEveryScreen(page: Page, url: string, language: 'tr' | 'en', visit: (screen: string) => Promise<void>): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('first-start')).toBeVisible();
  if (language === 'en') await page.keyboard.press('Alt+F12');
  await visit('first-start card');
  await tryTraining(page);
  await expect(page.getByTestId('entry')).toBeFocused();
  await visit('till, empty');

  const sim = await simulator(page);
  await scan(page, BARCODE.ekmek250);
  await scan(page, BARCODE.simit);
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('weight-dialog')).toBeVisible();
  await visit('weight dialog');
  await page.getByTestId('weight-value').fill('0,750');
  await page.keyboard.press('Enter');
  await scan(page, '123');
  await expect(page.getByTestId('blocking-message')).toBeVisible();
  await visit('till, warning at the entry field');
  await page.keyboard.press('Escape');
  await visit('till, basket');
  for (const [key, dialog] of CASHIER_DIALOGS) {
    await page.keyboard.press(key);
    await expect(page.getByTestId(dialog)).toBeVisible();
    if (dialog === 'payment-dialog') await page.getByTestId('payment-split').check();
    if (dialog === 'customer-dialog') {
      await page.getByTestId('customer-taxId').fill('1234567891');
      await page.keyboard.press('Enter');
    }
    await visit(dialog);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('F12');
  await visit('help');
  await page.keyboard.press('Escape');

  await sendToDevice(page);
  await visit('till, basket on the device');
  const device = await openDevice(page, sim);
  await openOnDevice(device, sim);
  await device.getByTestId(`decline-code-${sim.terminalId}`).selectOption('5005');
  await device.getByTestId(`decline-${sim.terminalId}`).click();
  await page.bringToFront();
  await expect(status(page)).toHaveAttribute('data-state', 'declined');
  await visit('till, payment declined');
  await page.getByTestId('new-sale').click();
  await visit('till, drop the basket?');
  await page.keyboard.press('Escape');
  await page.keyboard.press('F10');
  await expect(status(page)).toHaveAttribute('data-state', 'on-device');
  await openOnDevice(device, sim);
  await device.getByTestId(`pay-${sim.terminalId}`).click();
  await page.bringToFront();
  await expect(status(page)).toHaveAttribute('data-state', 'paid');
  await visit('till, paid');

  await occupyTerminal(sim);
  await scan(page, BARCODE.ekmek350);
  await page.keyboard.press('F10');
  await expect(page.getByTestId('open-basket')).toBeVisible();
  await visit('till, device busy');
  await device.close();

  await page.keyboard.press('F3');
  await page.getByRole('form', { name: 'TokenX' }).locator('summary').click();
  await visit('settings');

  await page.keyboard.press('F2');
  const wizard = page.getByTestId('onboarding');
  await expect(wizard).toBeVisible();
  await visit('wizard, welcome');
  await page.keyboard.press('Alt+ArrowRight');
  await visit('wizard, administrator');
  await page.keyboard.press('Alt+ArrowLeft');
  await inTurkish(page, language, () => completeWizard(page));
  await visit('manager, Tosla orders');
  await inTurkish(page, language, () => addUser(page, { name: 'Can Demir', role: 'Kasiyer', pin: '3917' }));
  await visit('manager, users');
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await page.getByRole('button', { name: language === 'tr' ? 'Bütünlüğü denetle' : 'Check integrity' }).click();
  await expect(page.getByTestId('audit-integrity')).toBeVisible();
  await visit('manager, audit log');
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('product-import')).toBeVisible();
  await visit('manager, products');
  await page.keyboard.press('Alt+1');
  const lookup = page.getByTestId('order-lookup');
  await lookup.fill(`ord-${istanbulCompactDay()}-0001`);
  await lookup.press('Enter');
  await expect(page.getByTestId('order-action')).toBeVisible();
  await visit('manager, order detail');

  await page.getByTestId('sign-out').click();
  await visit('manager, sign-in');
  await page.keyboard.press('F1');
  await expect(page.getByTestId('till-sign-in')).toBeVisible();
  await visit('till, cashier sign-in');
  await inTurkish(page, language, () => signIn(page, `${ADMIN.name} · Sistem yöneticisi`, ADMIN.pin));
  await expect(page.getByTestId('entry')).toBeFocused();
  await scan(page, withCheckDigit('869123456789'));
  await expect(page.getByTestId('blocking-message')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('add-product-dialog')).toBeVisible();
  await visit('add product dialog');
  await page.keyboard.press('Escape');
}

/** The shared steps speak Turkish: an English walk switches for them and back. */
async function inTurkish(page: Page, language: 'tr' | 'en', steps: () => Promise<void>): Promise<void> {
  if (language === 'en') await page.keyboard.press('Alt+F12');
  await steps();
  if (language === 'en') await page.keyboard.press('Alt+F12');
}

/** Today in Istanbul as `yyyyMMdd`, as the Tosla simulator numbers its seeded orders. */
function istanbulCompactDay(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()).replaceAll('-', '');
}

/** axe's findings on the page as it is now (WCAG 2.1 A and AA), every impact. */
export async function axeFindings(page: Page, screen: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((violation) => ({ screen, rule: violation.id, impact: violation.impact ?? 'unknown', nodes: violation.nodes.length }));
}

/** Texts that exist only in English: the app's English table and the English halves of the shared catalogs. */
function englishOnlyTexts(): string[] {
  const pairs: [string, string][] = [
    ...Object.entries(en).map(([key, text]): [string, string] => [tr[key as keyof typeof tr], text]),
    ...[...STATUS_CATALOG.values()].flatMap((entry): [string, string][] => [
      [entry.tr, entry.en],
      [entry.nextTr, entry.nextEn],
    ]),
    ...[AUDIT_ACTIONS, AUDIT_OUTCOMES, AUDIT_GROUPS, TOSLA_REQUEST_STATUSES, TOSLA_TRANSACTION_TYPES].flatMap((table) =>
      Object.values(table).map((text): [string, string] => [text.tr, text.en]),
    ),
    ...PAYMENT_TYPES.map((type): [string, string] => [type.tr, type.en]),
    // What the simulated device and TokenX say in their own words.
    ['', 'Online Decline'],
    ['', 'POS is Busy'],
  ];
  // The literal pieces of each English text (placeholders cut out), long enough to mean something.
  return pairs
    .filter(([turkish, english]) => turkish !== english)
    .flatMap(([, english]) => english.split(/\{\w+\}/u))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 9 && /[a-z]{3}/u.test(piece));
}

/**
 * What on a Turkish screen is not Turkish: a piece of an English text, or a raw code
 * (`users.pin-refused-locked`, `tosla.refund`, `harness_file_key`). Addresses are cut
 * out first: a URL is not a word.
 */
export async function turkishLeaks(page: Page): Promise<string[]> {
  const text = (await page.locator('body').innerText()).replace(/https?:\/\/\S+/gu, ' ');
  const english = englishOnlyTexts().filter((piece) => text.includes(piece));
  const codes = [...text.matchAll(/\b[a-z]+(?:\.[a-z]+(?:-[a-z]+)*)+\b|\b[a-z]+_[a-z_]+\b/gu)].map((match) => match[0]);
  return [...new Set([...english, ...codes])];
}
