import { contextBridge, ipcRenderer } from 'electron';
import type { PosApi } from '../shared/contract';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, isCallName, isEventName } from '../shared/contract';
import { createPosApi } from '../shared/posApi';

/**
 * Exposes exactly the contract as `window.pos`: one typed call function and one typed
 * event subscription, never ipcRenderer itself.
 */
const api: PosApi = createPosApi({
  invoke: (request) => ipcRenderer.invoke(IPC_CALL_CHANNEL, request),
  subscribe: (deliver) => {
    const listener = (_event: Electron.IpcRendererEvent, message: unknown) => deliver(message);
    ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
  },
  isCallName,
  isEventName,
});

contextBridge.exposeInMainWorld('pos', api);
