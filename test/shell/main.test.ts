import { beforeEach, describe, expect, it, vi } from 'vitest';
import { created, electronModule, fakeApp, fakeProtocol } from './electronMock';

vi.mock('electron', () => electronModule);
vi.mock('electron-store', () => ({ default: class {} }));

beforeEach(() => {
  vi.resetModules();
  fakeApp.removeAllListeners();
  fakeApp.quit.mockClear();
  fakeProtocol.registerSchemesAsPrivileged.mockClear();
  created.length = 0;
});

describe('app start-up', () => {
  it('quits at once when another instance holds the lock', async () => {
    fakeApp.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../src/main/electron/main');
    expect(fakeApp.quit).toHaveBeenCalled();
    expect(fakeApp.listenerCount('web-contents-created')).toBe(0);
    expect(created).toHaveLength(0);
  });

  it('holding the lock, registers the app scheme and guards every webContents before ready', async () => {
    fakeApp.requestSingleInstanceLock.mockReturnValueOnce(true);
    await import('../../src/main/electron/main');
    expect(fakeApp.quit).not.toHaveBeenCalled();
    expect(fakeProtocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) }),
    ]);
    expect(fakeApp.listenerCount('web-contents-created')).toBe(1);
    expect(fakeApp.listenerCount('second-instance')).toBe(1);
    // The mock app is packaged: no default menu, so no DevTools or reload shortcut.
    expect(electronModule.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });
});
