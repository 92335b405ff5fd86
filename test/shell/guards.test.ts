import { describe, expect, it, vi } from 'vitest';
import { electronModule, fakeApp, FakeWebContents, fakeSession } from './electronMock';

vi.mock('electron', () => electronModule);

const { denyAllPermissions, guardWebContents, installGuards } = await import('../../src/main/electron/guards');
const { isAppUrl } = await import('../../src/main/electron/origin');

type Session = Parameters<typeof denyAllPermissions>[0];
type Contents = Parameters<typeof guardWebContents>[0];

function navigate(contents: FakeWebContents, event: string, url: string) {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, url);
  return preventDefault;
}

describe('webContents guards', () => {
  it('blocks navigation and redirects away from the app origin', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as Contents, 'app://pos');
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toHaveBeenCalled();
    expect(navigate(contents, 'will-navigate', 'app://pos.evil/index.html')).toHaveBeenCalled();
    expect(navigate(contents, 'will-redirect', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(navigate(contents, 'will-navigate', 'app://pos/index.html#settings')).not.toHaveBeenCalled();
  });

  it('refuses webviews and every new window', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as Contents, 'app://pos');
    expect(contents.windowOpenHandler?.({ url: 'app://pos/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://tosla.com' })).toEqual({ action: 'deny' });
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const session = fakeSession();
    denyAllPermissions(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.(null, permission)).toBe(false);
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'hid' })).toBe(false);
  });

  it('applies the guards to every webContents the app creates', () => {
    installGuards(fakeApp as never, 'app://pos');
    const contents = new FakeWebContents();
    fakeApp.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'x' })).toEqual({ action: 'deny' });
    const callback = vi.fn();
    contents.session.permissionRequestHandler?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('compares origins, not prefixes', () => {
    expect(isAppUrl('app://pos/index.html', 'app://pos')).toBe(true);
    expect(isAppUrl('app://pos.evil/index.html', 'app://pos')).toBe(false);
    expect(isAppUrl('not a url', 'app://pos')).toBe(false);
  });
});
