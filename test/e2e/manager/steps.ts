import type { Page } from '@playwright/test';
import { expect } from '../harness';

export const ADMIN = { name: 'Ayşe Yılmaz', pin: '482715' };

/** Opens the manager console, where a shop without an administrator finds the first-run wizard. */
export async function openWizard(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Kasa' })).toBeVisible();
  await page.keyboard.press('F2');
  await expect(page.getByTestId('onboarding')).toBeVisible();
}

/** Runs the first-run wizard with the keyboard from the start: Turkish, the admin, no credentials (training mode). */
export async function finishOnboarding(page: Page): Promise<void> {
  await openWizard(page);
  await completeWizard(page);
}

export async function completeWizard(page: Page): Promise<void> {
  const wizard = page.getByTestId('onboarding');
  await expect(wizard.getByRole('heading', { name: 'İlk kurulum' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(wizard.getByRole('heading', { name: 'Sistem yöneticisi', level: 3 })).toBeVisible();
  await wizard.getByLabel('Ad soyad').fill(ADMIN.name);
  await wizard.getByLabel('PIN (6–8 rakam)').fill(ADMIN.pin);
  await wizard.getByLabel('PIN tekrar').fill(ADMIN.pin);
  await page.keyboard.press('Enter');
  await expect(wizard.getByText(`${ADMIN.name} oluşturuldu ve oturum açtı.`)).toBeVisible();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('Alt+ArrowRight');
  await expect(wizard.getByRole('heading', { name: 'Çalışma modu', level: 3 })).toBeVisible();
  await wizard.getByRole('button', { name: 'Kurulumu bitir' }).click();
  await expect(wizard).toHaveCount(0);
}

/** Adds a user from the Users tab as the signed-in admin. */
export async function addUser(page: Page, user: { name: string; role: 'Kasiyer' | 'Yönetici'; pin: string }): Promise<void> {
  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: '+ Kullanıcı ekle' }).click();
  const form = page.getByRole('form', { name: 'Kullanıcı ekle' });
  await form.getByLabel('Ad', { exact: true }).fill(user.name);
  await form.getByLabel('Rol', { exact: true }).selectOption({ label: user.role });
  await form.getByLabel('İlk PIN (4–8 rakam)').fill(user.pin);
  await form.getByLabel('İlk PIN (4–8 rakam)').press('Enter');
  await expect(page.getByText(`${user.name} eklendi.`)).toBeVisible();
}

/** Signs in on the manager screen; `who` is the picker's text, e.g. `Ayşe Yılmaz · Sistem yöneticisi`. */
export async function signIn(page: Page, who: string, pin: string): Promise<void> {
  await page.getByLabel('Kullanıcı', { exact: true }).selectOption({ label: who });
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.keyboard.press('Enter');
}
