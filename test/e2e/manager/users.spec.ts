import { expect, saveScreenshot, test } from '../harness';
import { ADMIN, addUser, completeWizard, finishOnboarding, openWizard, signIn } from './steps';

test('first run: the wizard creates the admin, who is signed in on the manager screen', async ({ page, harness }) => {
  await page.goto(harness.url);
  await openWizard(page);
  await saveScreenshot(page, 'manager-onboarding-welcome');
  await completeWizard(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText(`${ADMIN.name} · Sistem yöneticisi`);

  // The console speaks English after Alt+F12, audit log included.
  await page.keyboard.press('Alt+F12');
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('signed-in-user')).toHaveText(`${ADMIN.name} · Administrator`);
  await expect(page.getByRole('button', { name: 'Check integrity' })).toBeVisible();
  await expect(page.getByTestId('audit-table')).toContainText('First administrator created');
  await saveScreenshot(page, 'manager-audit-en');
  await page.keyboard.press('Alt+F12');
  await expect(page.getByRole('button', { name: 'Bütünlüğü denetle' })).toBeVisible();

  // A restart signs everybody out: the till asks for a cashier, and the wizard does not come back.
  await page.goto(await harness.restart());
  await expect(page.getByRole('heading', { name: 'Kasiyer girişi' })).toBeVisible();
  await expect(page.getByLabel('PIN', { exact: true })).toBeFocused();
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'Oturum aç' })).toBeVisible();
  await expect(page.getByTestId('onboarding')).toHaveCount(0);
});

test('five wrong PINs lock a user out, and the screen says until when', async ({ page, harness }) => {
  await page.goto(harness.url);
  await finishOnboarding(page);
  await addUser(page, { name: 'Can Demir', role: 'Kasiyer', pin: '3917' });
  await expect(page.getByTestId('users-table')).toContainText('Can Demir');
  await saveScreenshot(page, 'manager-users');
  await page.getByTestId('sign-out').click();

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signIn(page, 'Can Demir · Kasiyer', '1111');
    await expect(page.getByRole('alert').filter({ hasText: /PIN/u })).toBeVisible();
  }
  await signIn(page, 'Can Demir · Kasiyer', '3917');
  const refusal = page.getByRole('alert').filter({ hasText: /kilit/iu });
  await expect(refusal).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
  await saveScreenshot(page, 'manager-pin-lockout');

  // The admin lifts the lockout by setting a new PIN.
  await signIn(page, `${ADMIN.name} · Sistem yöneticisi`, ADMIN.pin);
  await page.keyboard.press('Alt+2');
  const row = page.getByTestId('users-table').getByRole('row', { name: /Can Demir/u });
  await expect(row).toContainText('Kilitli');
  await row.getByRole('button', { name: 'Düzenle' }).click();
  await page.getByLabel('Yeni PIN (kilidi de açar)').fill('6042');
  await page.getByLabel('Yeni PIN (kilidi de açar)').press('Enter');
  await expect(page.getByText('Can Demir için yeni PIN kaydedildi.')).toBeVisible();
  await expect(row).toContainText('Etkin');
});
