import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/contract';
import type { Core } from '../core/composition';
import { isAppUrl } from './origin';

/**
 * Only the app's own main frame, loaded from the app's origin, may call main.
 * Sub-frames, other windows and navigated-away pages are refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null, origin: string): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  if (event.sender !== window.webContents) return false;
  if (frame !== window.webContents.mainFrame) return false;
  return isAppUrl(frame.url, origin);
}

export function bindContract(ipcMain: IpcMain, core: Pick<Core, 'invoke' | 'subscribe'>, getWindow: () => BrowserWindow | null, origin: string): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, request: unknown) => {
    if (!isTrustedSender(event, getWindow(), origin)) {
      return {
        ok: false,
        error: { code: 'ipc.untrusted-sender', message: 'Refused: not the app window.', messageTr: 'Reddedildi: uygulama penceresi değil.' },
      };
    }
    const { name, arg } = (typeof request === 'object' && request !== null ? request : {}) as { name?: unknown; arg?: unknown };
    return core.invoke(name, arg);
  });
  const unsubscribe = core.subscribe((name, payload) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, { name, payload });
  });
  return () => {
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    unsubscribe();
  };
}
