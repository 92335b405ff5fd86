import { installHarnessBridge } from './bridge';

installHarnessBridge();
// The app is imported only after window.pos exists, exactly as under the preload.
await import('../main');
