import { BrowserWindow, Menu } from 'electron';
import { join } from 'node:path';
import icon from '../../../resources/icon.png?asset';

/**
 * The web preferences of every window the app opens. Spelled out even where they are
 * Electron's defaults, so a unit test can hold them in place. DevTools exist only in a
 * development build: at the till they would hand whoever presses Ctrl+Shift+I the
 * renderer's `window.pos`.
 */
export function secureWebPreferences(preloadPath: string, packaged: boolean): Electron.WebPreferences {
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
    devTools: !packaged,
  };
}

/**
 * A packaged till has no application menu: the default one carries the DevTools,
 * reload and zoom shortcuts. Development keeps Electron's menu.
 */
export function installApplicationMenu(packaged: boolean): void {
  if (packaged) Menu.setApplicationMenu(null);
}

export function createMainWindow(entryUrl: string, packaged: boolean): BrowserWindow {
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
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs'), packaged),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
