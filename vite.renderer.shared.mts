import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

/**
 * Renderer options shared by the Electron build and the web-harness build, so the
 * harness tests exactly the React app that ships.
 */
export const rendererRoot = resolve(import.meta.dirname, 'src/renderer');

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  plugins: [react()],
  // A shipped build carries no source maps; the web harness (a test host) turns them on for itself.
  build: { target: 'chrome140', sourcemap: false },
};
