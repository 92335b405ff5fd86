import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../../../src/main/simulators/tokenx/fixtures';
import { withCheckDigit } from '../../../src/shared/barcode/gtin';
import { tokenxSimulatorInfoSchema } from '../../../src/shared/checkout/tokenxSetup';
import { expect } from '../harness';

/** Barcodes of the training catalog: in-store prefix 200 and the product's place in the list. */
export const BARCODE = {
  ekmek250: withCheckDigit('200000000001'),
  ekmek350: withCheckDigit('200000000002'),
  simit: withCheckDigit('200000000004'),
} as const;

/** A scale label for Domates (PLU 1, ₺34,90/kg) with the weight in grams. */
export const domatesLabel = (grams: number): string => withCheckDigit(`2700001${String(grams).padStart(5, '0')}`);

/** Answers the first-start card of a fresh install with "try it in training mode". */
export async function tryTraining(page: Page): Promise<void> {
  await page.getByTestId('first-start-training').click();
  await expect(page.getByTestId('first-start')).toHaveCount(0);
}

/** Opens the till of a fresh training install: the cashier screen, the entry focused, the simulator's device as target. */
export async function openTill(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await tryTraining(page);
  await expect(page.getByTestId('send-target')).toContainText('AV');
  await expect(page.getByRole('heading', { name: 'Kasa' })).toBeVisible();
  await expect(page.getByTestId('entry')).toBeFocused();
}

/**
 * A keyboard-wedge scanner: the code, then its Enter suffix. How fast the keys come does
 * not matter to the till (the code is whatever reached the entry field before Enter), so
 * on a busy machine a scan is as good as on an idle one.
 */
export async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 3 });
  await page.keyboard.press('Enter');
}

/** The cashier's dialogs by the key that opens them. */
export const CASHIER_DIALOGS = [
  ['F4', 'quantity-dialog'],
  ['F5', 'discount-dialog'],
  ['F6', 'payment-dialog'],
  ['F7', 'customer-dialog'],
  ['F11', 'parked-dialog'],
] as const;

/** The till's warning under the entry field. */
export const warning = (page: Page) => page.getByTestId('blocking-message');

/** Reads the warning and closes it with Esc, as the cashier does. */
export async function acknowledge(page: Page, text: string | RegExp): Promise<void> {
  await expect(warning(page)).toContainText(text);
  await page.keyboard.press('Escape');
  await expect(warning(page)).toHaveCount(0);
  await expect(page.getByTestId('entry')).toBeFocused();
}

export const grandTotal = (page: Page) => page.getByTestId('grand-total');
export const lines = (page: Page) => page.getByTestId('basket-line');

export interface Simulator {
  baseUrl: string;
  okcUrl: string;
  terminalId: string;
}

/** The embedded TokenX simulator of this training install, as the app itself reports it. */
export async function simulator(page: Page): Promise<Simulator> {
  // A string so the page's own `window.pos` runs it; its answer is checked like any boundary crossing.
  const answer: unknown = await page.evaluate("window.pos.call('tokenx.simulator')");
  const parsed = z.object({ ok: z.literal(true), value: tokenxSimulatorInfoSchema }).parse(answer);
  return { baseUrl: parsed.value.baseUrl, okcUrl: parsed.value.okcUrl, terminalId: parsed.value.terminalId };
}

/** The virtual ÖKC in a second tab, as a trainer standing at the device would use it. */
export async function openDevice(page: Page, sim: Simulator): Promise<Page> {
  const device = await page.context().newPage();
  await device.goto(sim.okcUrl);
  await expect(device.getByTestId(`terminal-${sim.terminalId}`)).toBeVisible();
  return device;
}

/** Changes how the training simulator plays TokenX where the vendor is silent (its `/__control/dialect`). */
export async function setSimulatorDialect(sim: Simulator, change: Record<string, string>): Promise<void> {
  const token = new URL(sim.okcUrl).searchParams.get('token') ?? '';
  const answer = await fetch(`${sim.baseUrl}/__control/dialect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-simulator-token': token },
    body: JSON.stringify(change),
  });
  expect(answer.ok).toBe(true);
}

/** On the device: opens (locks) the one basket waiting there. */
export async function openOnDevice(device: Page, sim: Simulator): Promise<void> {
  await device.locator(`[data-testid^="open-${sim.terminalId}-"]`).first().click();
  await expect(device.getByTestId(`pay-${sim.terminalId}`)).toBeVisible();
}

export const status = (page: Page) => page.getByTestId('status-panel');

/** Sends with F10 and waits until the basket is on the device. */
export async function sendToDevice(page: Page): Promise<void> {
  await expect(page.getByTestId('send-problems')).toHaveCount(0);
  await page.keyboard.press('F10');
  await expect(status(page)).toHaveAttribute('data-state', 'on-device');
}

/**
 * Another till of the shop sends a basket to this counter's device through the
 * simulator's API (its documented test client), so the device has an open basket.
 */
export async function occupyTerminal(sim: Simulator): Promise<void> {
  const basic = Buffer.from(`${SIM_CLIENT_ID}:${SIM_CLIENT_SECRET}`).toString('base64');
  const auth = await fetch(`${sim.baseUrl}/v1/auth/token`, { method: 'POST', headers: { authorization: `Basic ${basic}` } });
  const { result } = z.object({ result: z.object({ accessToken: z.string() }) }).parse(await auth.json());
  const sent = await fetch(`${sim.baseUrl}/v1/instant-basket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${result.accessToken}`, 'terminal-id': sim.terminalId, 'content-type': 'application/json' },
    body: JSON.stringify({
      basketID: randomUUID(),
      checkNumber: 9001,
      title: 'Kasa 2',
      items: [{ name: 'Çay', price: 500, quantity: 1000, sectionNo: 1, taxPercent: 100 }],
    }),
  });
  expect(sent.ok).toBe(true);
}
