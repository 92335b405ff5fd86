import { readFileSync } from 'node:fs';
import { tryTraining } from '../cashier/steps';
import { allowWeakStorage, enterSecret, expect, saveScreenshot, test } from '../harness';

test('settings show the update state and copy diagnostics without a secret', async ({ page, harness }) => {
  await page.goto(harness.url);
  await tryTraining(page);
  await expect(page.getByRole('heading', { name: 'Kasa' })).toBeVisible();
  await page.keyboard.press('F3');
  await allowWeakStorage(page);
  await enterSecret(page, 'tosla.apiPass', 'POS_ENT_Test_001!*!*');

  const updates = page.getByTestId('updates-section');
  await expect(updates).toContainText('Bu kasadaki sürüm: 0.1.0');
  await expect(page.getByTestId('update-state')).toContainText('Tarayıcı test ortamı: güncelleme yok.');
  await expect(updates.getByRole('button')).toHaveCount(0);

  const diagnostics = page.getByTestId('diagnostics-section');
  await diagnostics.getByRole('button', { name: 'Tanılama bilgisini kopyala' }).click();
  // The harness has no clipboard of its own: the browser's is used, or the text is shown for Ctrl+C.
  const result = page.getByTestId('diagnostics-result');
  await expect(result).toContainText(/Panoya kopyalandı|Dosyaya kaydedildi/u);
  const file = /(\/\S+diagnostics-[^\s.]+[^\s]*\.txt)/u.exec((await result.textContent()) ?? '')?.[1] ?? '';
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('Tezgah POS 0.1.0');
  expect(text).toContain('"tosla.apiPass"');
  expect(text).not.toContain('POS_ENT_Test_001!*!*');
  await saveScreenshot(page, 'settings-support-tr');

  await page.keyboard.press('Alt+F12');
  await expect(page.getByTestId('update-state')).toContainText('Browser test host: no updates.');
  await expect(page.getByTestId('diagnostics-section')).toContainText('Copy diagnostics');
  await saveScreenshot(page, 'settings-support-en');
});
