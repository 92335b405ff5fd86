import { net, protocol } from 'electron';
import { join, normalize, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRODUCTION_CSP } from './csp';
import { APP_HOST, APP_SCHEME } from './origin';

/** Must run before `app.whenReady()`: the scheme behaves like https (secure, standard). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer at app://pos/ with the production CSP as a header.
 * Paths are resolved inside the renderer folder; anything escaping it is a 404.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const path = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    const inside = relative(rendererDir, path);
    if (inside.startsWith('..') || inside.includes(`..${sep}`)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', PRODUCTION_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
