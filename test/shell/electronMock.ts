import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A hand-made stand-in for the parts of `electron` the shell uses, recording what the
 * shell asked for so the tests can hold the security settings in place.
 */

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: { url: string };
  readonly session = fakeSession();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: unknown[][] = [];

  constructor(url = 'app://pos/index.html') {
    super();
    this.mainFrame = { url };
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(...args: unknown[]): void {
    this.sent.push(args);
  }
}

export function fakeSession() {
  return {
    permissionRequestHandler: null as null | ((...args: unknown[]) => void),
    permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
    devicePermissionHandler: null as null | ((...args: unknown[]) => boolean),
    setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
      this.devicePermissionHandler = handler;
    },
    webRequest: { onHeadersReceived: vi.fn() },
  };
}

export const created: { options: Record<string, unknown>; window: FakeBrowserWindow }[] = [];

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async () => undefined);
  readonly show = vi.fn();
  constructor(options: Record<string, unknown>) {
    super();
    created.push({ options, window: this });
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
}

export const fakeApp = Object.assign(new EventEmitter(), {
  isPackaged: true,
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: vi.fn(() => new Promise<void>(() => undefined)),
  getPath: vi.fn(() => '/tmp/userData'),
  getName: () => 'Tezgah POS',
  getVersion: () => '0.1.0',
});

export const fakeIpcMain = {
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  handle(channel: string, handler: (...args: unknown[]) => unknown) {
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
};

export const fakeSafeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((plain: string) => Buffer.from(`enc:${plain}`)),
  decryptString: vi.fn((data: Buffer) => data.toString().replace(/^enc:/u, '')),
};

export const fakeProtocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

export const electronModule = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: fakeIpcMain,
  safeStorage: fakeSafeStorage,
  protocol: fakeProtocol,
  net: { fetch: vi.fn() },
  session: { defaultSession: fakeSession() },
  dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn() },
  Menu: { setApplicationMenu: vi.fn() },
};
