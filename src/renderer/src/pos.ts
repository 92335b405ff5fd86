import type { PosApi } from '../../shared/contract';

/**
 * The one door to main: `window.pos` (the preload's, or the web harness bridge's),
 * read at each use so a test can install its own before rendering. It always exists
 * once the app runs, so nothing in the screens asks whether it is there.
 */
export const pos: PosApi = {
  call: (name, ...args) => window.pos.call(name, ...args),
  on: (name, listener) => window.pos.on(name, listener),
};
