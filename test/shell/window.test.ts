import { describe, expect, it, vi } from 'vitest';
import { created, electronModule } from './electronMock';

vi.mock('electron', () => electronModule);

const { createMainWindow, installApplicationMenu, secureWebPreferences } = await import('../../src/main/electron/window');

describe('the app window', () => {
  it('is sandboxed, context-isolated, without Node integration or webviews', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', true);
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });

  it('has DevTools only in a development build', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true);
  });

  it('removes the application menu (and with it the DevTools and reload shortcuts) when packaged, and only then', () => {
    electronModule.Menu.setApplicationMenu.mockClear();
    installApplicationMenu(false);
    expect(electronModule.Menu.setApplicationMenu).not.toHaveBeenCalled();
    installApplicationMenu(true);
    expect(electronModule.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('creates the BrowserWindow with those preferences and the one-file CJS preload', () => {
    createMainWindow('app://pos/index.html', true);
    const { options, window } = created.at(-1)!;
    const prefs = options.webPreferences as Record<string, unknown>;
    expect(prefs).toEqual(secureWebPreferences(prefs.preload as string, true));
    expect(prefs.devTools).toBe(false);
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/u);
    expect(options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://pos/index.html');
  });
});
