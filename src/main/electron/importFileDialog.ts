import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { dialog } from 'electron';

const OPTIONS: OpenDialogOptions = {
  title: 'Ürün listesi seçin / Choose a product list',
  properties: ['openFile'],
  filters: [
    { name: 'Ürün listesi / Product list (CSV, JSON)', extensions: ['csv', 'txt', 'json'] },
    { name: 'Tüm dosyalar / All files', extensions: ['*'] },
  ],
};

/**
 * Main's own file dialog for a catalog import, over the app window. The core holds the
 * chosen path behind a handle; the renderer never names a path itself.
 */
export function importFileDialog(getWindow: () => BrowserWindow | null): () => Promise<string | null> {
  return async () => {
    const window = getWindow();
    const chosen = window && !window.isDestroyed() ? await dialog.showOpenDialog(window, OPTIONS) : await dialog.showOpenDialog(OPTIONS);
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  };
}
