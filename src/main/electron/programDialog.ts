import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import type { DialogPort } from '../core/ports';

/**
 * The tunnel program is chosen in a native open-file dialog run by main, so the path
 * comes from the person at the till and the app never runs a command line typed in.
 */
export function programDialog(window: () => BrowserWindow | null): Pick<DialogPort, 'chooseProgram'> {
  return {
    chooseProgram: async (name) => {
      const options: Electron.OpenDialogOptions = {
        title: `${name} — Tezgah POS`,
        properties: ['openFile', 'dontAddToRecent'],
        ...(process.platform === 'win32' ? { filters: [{ name, extensions: ['exe'] }] } : {}),
      };
      const owner = window();
      const chosen = owner === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(owner, options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
  };
}
