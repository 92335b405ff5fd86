import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import icon from '../../../resources/icon.png?asset';

/**
 * The web preferences of every window the app opens. Spelled out even where they are
 * Electron's defaults, so a unit test can hold them in place.
 */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    spellcheck: false,
    devTools: true,
  };
}

export function createMainWindow(entryUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#0f172a',
    title: 'Tezgah POS',
    autoHideMenuBar: true,
    icon,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
