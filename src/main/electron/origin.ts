/** The renderer is served from this custom origin in production (not file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pos';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Where the renderer comes from in this run: the app origin, or Vite's dev server in `electron-vite dev`. */
export function rendererOrigin(devServerUrl: string | undefined): string {
  return devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
}

/**
 * Compares parsed scheme and host, never string prefixes (`app://pos.evil` must not
 * pass). WHATWG `URL.origin` is "null" for custom schemes, so it cannot be used here.
 */
export function isAppUrl(url: string, origin: string): boolean {
  try {
    const candidate = new URL(url);
    const expected = new URL(origin);
    return candidate.protocol === expected.protocol && candidate.host === expected.host && candidate.host !== '';
  } catch {
    return false;
  }
}
