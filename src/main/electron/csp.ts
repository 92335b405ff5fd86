/**
 * Content-Security-Policy for the renderer. The renderer never talks to the network
 * (main does), so production allows nothing but the app's own files: scripts and style
 * sheets from the app, no inline `<style>` or `style="…"` (the few dynamic values, such
 * as a virtual list's row offsets, are CSS variables set through the CSSOM, which CSP
 * does not restrict). Development adds only what Vite's HMR needs: the react-refresh
 * inline preamble, the style tags it injects, and its websocket.
 */
export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function developmentCsp(devServerUrl: string): string {
  const { host } = new URL(devServerUrl);
  return PRODUCTION_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ws://${host} http://${host}`);
}
