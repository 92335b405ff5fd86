import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from '../harness';
import { TILL_SIZES, expectInView, expectNoHorizontalScroll, smallTouchTargets } from '../layoutChecks';
import { completeWizard, openWizard } from './steps';

/** The screen as it is now fits the window's width, and every target on it is large enough. */
async function fits(page: Page, what: string): Promise<void> {
  await expectNoHorizontalScroll(page);
  expect(await smallTouchTargets(page), what).toEqual([]);
  await expectInView(page, page.getByTestId('help-button'), `${what}: help in the top bar`);
  await expectInView(page, page.getByTestId('language-switch'), `${what}: the language switch`);
}

for (const size of TILL_SIZES) {
  test(`the wizard, the manager console and settings at ${size.width}×${size.height}: nothing cut off, nothing sideways, 44 px targets`, async ({ page, harness }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(harness.url);
    await openWizard(page);
    await fits(page, 'wizard, welcome');
    await saveScreenshot(page, `layout-wizard-${size.width}x${size.height}`);
    await completeWizard(page);
    await expectInView(page, page.getByTestId('sign-out'), 'sign out');
    await expectInView(page, page.getByTestId('signed-in-user'), 'who is signed in');
    await fits(page, 'manager, Tosla orders');
    await saveScreenshot(page, `layout-manager-orders-${size.width}x${size.height}`);
    await page.keyboard.press('Alt+2');
    await page.getByRole('button', { name: '+ Kullanıcı ekle' }).click();
    await fits(page, 'manager, users');
    await page.keyboard.press('Alt+3');
    await expect(page.getByTestId('audit-table')).toBeVisible();
    await fits(page, 'manager, audit log');
    await saveScreenshot(page, `layout-manager-audit-${size.width}x${size.height}`);
    await page.keyboard.press('F3');
    await page.getByRole('form', { name: 'TokenX' }).getByText('Gelişmiş', { exact: true }).click();
    await fits(page, 'settings');
  });
}
