/// <reference types="vite/client" />
import type { PosApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Installed by the Electron preload, or by the web harness bridge. */
    pos: PosApi;
  }
}
