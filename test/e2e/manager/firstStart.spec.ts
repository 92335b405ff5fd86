import { expect, test } from '../harness';
import { simulator } from '../cashier/steps';

test('a fresh install says what to do first; training reaches the virtual ÖKC from the till', async ({ page, harness }) => {
  await page.goto(harness.url);
  const card = page.getByTestId('first-start');
  await expect(card).toContainText('Bu kasa henüz kurulmadı');
  await expect(page.getByTestId('first-start-setup')).toBeFocused();
  // English before anything else, if that is what the newcomer reads.
  await page.keyboard.press('Alt+F12');
  await expect(card).toContainText('This till is not set up yet');
  await page.keyboard.press('Alt+F12');
  await page.getByTestId('first-start-training').click();
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('entry')).toBeFocused();

  // The virtual ÖKC opens from the till (in the browser a tab; on the desktop the system browser).
  const sim = await simulator(page);
  const [okc] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('open-okc').click()]);
  await okc.waitForLoadState();
  expect(okc.url()).toBe(sim.okcUrl);
  await expect(okc.getByTestId(`terminal-${sim.terminalId}`)).toBeVisible();

  // Once seen, the card does not come back after a restart.
  await page.bringToFront();
  await page.goto(await harness.restart());
  await expect(page.getByRole('heading', { name: 'Kasa' })).toBeVisible();
  await expect(page.getByTestId('first-start')).toHaveCount(0);
});

test('TokenX setup: the environment fills the addresses, the rest waits under "advanced", the branch comes from the device, errors clear when fixed', async ({
  page,
  harness,
}) => {
  await page.goto(harness.url);
  await page.getByTestId('first-start-training').click();
  await page.keyboard.press('F3');
  const tokenx = page.getByRole('form', { name: 'TokenX' });
  await expect(tokenx.getByLabel('Kimlik doğrulama adresi')).toBeHidden();
  await expect(tokenx).toContainText('Test ortamının adresleri kullanılıyor');

  // Production: Token hands out the addresses, so they are asked for and checked.
  await tokenx.getByRole('radio', { name: 'Canlı (üretim)' }).check();
  const auth = tokenx.getByLabel('Kimlik doğrulama adresi');
  await auth.fill('api.ornek');
  await auth.press('Enter');
  await expect(auth).toHaveAttribute('aria-invalid', 'true');
  // A host TokenX does not publish is refused at the field, in Turkish, with the host named.
  await auth.fill('https://api.ornek.com');
  await auth.press('Enter');
  await expect(tokenx.getByRole('alert')).toContainText('api.ornek.com');
  await auth.fill('https://magaza.tokeninc.com/auth');
  await tokenx.getByLabel('İstemci ayarları adresi').fill('https://magaza.tokeninc.com/client');
  await tokenx.getByLabel('Sepet adresi').fill('https://magaza.tokeninc.com/basket');
  await auth.press('Enter');
  await expect(tokenx.getByText('Kaydedildi')).toBeVisible();
  await expect(auth).not.toHaveAttribute('aria-invalid', 'true');
  await tokenx.getByRole('radio', { name: 'Test', exact: true }).check();
  await tokenx.getByLabel('Bu kasanın cihazı (terminal-id)').press('Enter');
  await expect(tokenx.getByLabel('Kimlik doğrulama adresi')).toBeHidden();

  // In training the test signs in to the simulator and reads its terminal, whose branch is saved with one press.
  await page.getByRole('button', { name: 'TokenX bağlantısını dene' }).click();
  const useBranch = page.getByTestId('use-branch');
  await expect(useBranch).toBeVisible();
  await useBranch.click();
  await expect(useBranch).toHaveCount(0);
  await tokenx.getByText('Gelişmiş', { exact: true }).click();
  await expect(tokenx.getByLabel('Şube (branch-id)')).toHaveValue(/^[0-9a-f-]{36}$/u);
});
