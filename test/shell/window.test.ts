import { describe, expect, it, vi } from 'vitest';
import { created, electronModule } from './electronMock';

vi.mock('electron', () => electronModule);

const { createMainWindow, secureWebPreferences } = await import('../../src/main/electron/window');

describe('the app window', () => {
  it('is sandboxed, context-isolated, without Node integration or webviews', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
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

  it('creates the BrowserWindow with those preferences and the one-file CJS preload', () => {
    createMainWindow('app://pos/index.html');
    const { options, window } = created.at(-1)!;
    const prefs = options.webPreferences as Record<string, unknown>;
    expect(prefs).toEqual(secureWebPreferences(prefs.preload as string));
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/u);
    expect(options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://pos/index.html');
  });
});
