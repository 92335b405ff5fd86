import { expect, saveScreenshot, test } from '../harness';
import { ADMIN, openWizard } from './steps';

test('onboarding against the simulators: admin, TokenX test, terminal with sale mode, VAT → department, Tosla test, training mode', async ({
  page,
  harness,
}) => {
  await page.goto(harness.url);
  await openWizard(page);
  const wizard = page.getByTestId('onboarding');

  // English is chosen on the first step and the whole wizard follows.
  await wizard.getByRole('radio', { name: 'English' }).click();
  await expect(wizard.getByRole('heading', { name: 'First-time setup' })).toBeVisible();
  await page.getByRole('radio', { name: 'Türkçe' }).click();
  await expect(wizard.getByRole('heading', { name: 'İlk kurulum' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');

  // A guessable PIN is refused by main, with the reason.
  await wizard.getByLabel('Ad soyad').fill(ADMIN.name);
  await wizard.getByLabel('PIN (6–8 rakam)').fill('123456');
  await wizard.getByLabel('PIN tekrar').fill('123456');
  await page.keyboard.press('Enter');
  await expect(wizard.getByRole('alert')).toContainText('ardışık');
  // Next stays shut until the admin exists.
  await expect(wizard.getByRole('button', { name: 'İleri →' })).toBeDisabled();
  await wizard.getByLabel('PIN (6–8 rakam)').fill(ADMIN.pin);
  await wizard.getByLabel('PIN tekrar').fill(ADMIN.pin);
  await wizard.getByLabel('PIN tekrar').press('Enter');
  await expect(wizard.getByText(`${ADMIN.name} oluşturuldu ve oturum açtı.`)).toBeVisible();
  // The recovery code is shown this once.
  await expect(wizard.getByTestId('recovery-code')).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/u);
  await saveScreenshot(page, 'manager-onboarding-admin');
  await page.keyboard.press('Alt+ArrowRight');

  // TokenX: the embedded simulator answers; pick a device from its list and see its departments.
  await expect(wizard.getByRole('heading', { name: 'TokenX (ÖKC)', level: 3 })).toBeVisible();
  await wizard.getByRole('button', { name: 'TokenX bağlantısını dene' }).click();
  await expect(wizard.getByTestId('tokenx-test').getByRole('status')).toBeVisible();
  const picker = wizard.getByTestId('terminal-picker');
  await picker.getByRole('button', { name: 'Cihaz listesini TokenX’ten al' }).click();
  const firstChoice = picker.getByRole('button', { name: 'Bu kasanın cihazı yap' }).first();
  await expect(firstChoice).toBeVisible();
  await expect(picker).toContainText(/Anlık sepet|Liste sepeti/u);
  await firstChoice.click();
  await expect(picker.getByText('Bu kasanın cihazı', { exact: true })).toBeVisible();
  const chosenId = (await picker.locator('tr.chosen code').textContent()) ?? '';
  await expect(wizard.getByLabel('Bu kasanın cihazı (terminal-id)')).toHaveValue(chosenId);
  const fiscal = wizard.getByTestId('fiscal-parameters');
  await expect(fiscal).toContainText('KDV → departman');
  await expect(fiscal.getByRole('row')).not.toHaveCount(1);
  await expect(wizard.getByTestId('registration-state')).toBeVisible();
  await saveScreenshot(page, 'manager-onboarding-tokenx');
  await page.keyboard.press('Alt+ArrowRight');

  // Tosla: the simulator answers with today's records.
  await expect(wizard.getByRole('heading', { name: 'Tosla İşim (iade ve iptal)', level: 3 })).toBeVisible();
  await wizard.getByRole('button', { name: 'Tosla bağlantısını dene' }).click();
  await expect(wizard.getByTestId('tosla-test')).toContainText('Tosla cevap verdi (simülatör');
  await saveScreenshot(page, 'manager-onboarding-tosla');
  await page.keyboard.press('Alt+ArrowRight');

  await wizard.getByRole('radio', { name: 'Her zaman açık' }).click();
  await expect(wizard.getByRole('radio', { name: 'Her zaman açık' })).toBeChecked();
  await saveScreenshot(page, 'manager-onboarding-finish');
  await wizard.getByRole('button', { name: 'Kurulumu bitir' }).click();
  await expect(wizard).toHaveCount(0);
  await expect(page.getByTestId('signed-in-user')).toHaveText(`${ADMIN.name} (Sistem yöneticisi)`);
  await expect(page.getByTestId('training-banner')).toContainText('Eğitim modu ayarlardan açıldı.');
  await page.keyboard.press('F1');
  await expect(page.getByTestId('send-target')).toContainText(chosenId);
});
