import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.shared.mjs';

/**
 * The web-harness build: the same renderer with a browser-side bridge installed as
 * `window.pos`. Separate entry and output folder, so the bridge never enters the
 * Electron build.
 */
export default defineConfig({
  ...rendererConfig,
  base: './',
  build: {
    ...rendererConfig.build,
    sourcemap: true,
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    rollupOptions: { input: { harness: resolve(import.meta.dirname, 'src/renderer/harness.html') } },
  },
});
