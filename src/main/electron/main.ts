import type { BrowserWindow } from 'electron';
import { app, clipboard, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { tokenxAgent } from '../core/tokenx/transport';
import type { Core } from '../core/composition';
import { createCore } from '../core/composition';
import { isAppFailure } from '../core/failure';
import { logLevelFrom, openLog } from '../core/platform/fileLogger';
import { systemClock } from '../core/ports';
import { developmentCsp } from './csp';
import { electronKeyValueStore } from './electronStore';
import { denyAllPermissions, installGuards } from './guards';
import { openLoopbackPage } from './externalLinks';
import { importFileDialog } from './importFileDialog';
import { bindContract } from './ipc';
import { APP_ENTRY_URL, rendererOrigin } from './origin';
import { registerAppScheme, serveRenderer } from './rendererProtocol';
import { programDialog } from './programDialog';
import { safeStorageCipher } from './safeStorageCipher';
import { electronUpdater } from './updater';
import { createMainWindow, installApplicationMenu } from './window';

/**
 * The Electron shell: lifecycle, window, IPC binding and the OS adapters. Everything
 * else is the plain-Node core, built here from real ports.
 */

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const origin = rendererOrigin(devServerUrl);

if (!app.requestSingleInstanceLock()) {
  // Two tills on one workstation would fight over the device and the journal.
  app.quit();
} else {
  registerAppScheme();
  installGuards(app, origin);
  installApplicationMenu(app.isPackaged);
  let window: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => app.quit());
  let closeLog: () => Promise<void> = async () => undefined;
  app.on('will-quit', () => void core?.close().finally(() => void closeLog()));

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    if (devServerUrl) {
      session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
        callback({
          responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [developmentCsp(devServerUrl)] },
        });
      });
    } else {
      serveRenderer(join(__dirname, '../renderer'));
    }
    const log = await openLog({
      dataDir: app.getPath('userData'),
      level: logLevelFrom(process.env.TEZGAH_LOG_LEVEL),
      alsoStderr: !app.isPackaged,
    });
    closeLog = log.close;
    log.info('starting', { version: app.getVersion(), electron: process.versions.electron, packaged: app.isPackaged });
    try {
      core = await createCore({
        clock: systemClock,
        dispatcher: tokenxAgent(),
        cipher: safeStorageCipher,
        dataDir: app.getPath('userData'),
        stores: { settings: electronKeyValueStore('settings'), secrets: electronKeyValueStore('secrets') },
        host: { kind: 'electron', appName: app.getName(), appVersion: app.getVersion(), electronVersion: process.versions.electron ?? null },
        log,
        updater: electronUpdater(log),
        clipboard: { writeText: (text) => clipboard.writeText(text) },
        dialogs: { ...programDialog(() => window), chooseImportFile: importFileDialog(() => window) },
        openExternal: openLoopbackPage,
      });
    } catch (error) {
      log.error('start-up failed', { error: isAppFailure(error) ? error.appError : String(error) });
      const detail = isAppFailure(error) ? `${error.appError.messageTr}\n\n${error.appError.message}` : String(error);
      dialog.showErrorBox('Tezgah POS başlatılamadı / could not start', detail);
      app.exit(1);
      return;
    }
    bindContract(ipcMain, core, () => window, origin);
    window = createMainWindow(devServerUrl ?? APP_ENTRY_URL, app.isPackaged);
    window.on('closed', () => {
      window = null;
    });
  });
}
