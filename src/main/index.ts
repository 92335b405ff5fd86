// Electron entry point (out/main/index.js). Everything Electron-specific is in ./electron.
import './electron/main';
