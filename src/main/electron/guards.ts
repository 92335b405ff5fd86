import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './origin';

/**
 * Applied to every webContents the app ever creates: no navigation away from the app,
 * no new windows, no permission (a till needs no camera, microphone or location).
 */
export function guardWebContents(contents: WebContents, origin: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function installGuards(app: App, origin: string): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, origin);
    denyAllPermissions(contents.session);
  });
}
