import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** The header the control API and the virtual ÖKC page's own calls carry the run's token in. */
export const CONTROL_TOKEN_HEADER = 'x-simulator-token';

/** What a request asks for: the vendor API (as a client would call it), the control API, or the ÖKC page. */
export type RequestKind = 'api' | 'control' | 'page';

/** Bodies a web page may post across origins without asking first (no CORS preflight). */
const SIMPLE_BODY_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export interface RequestGate {
  /** Per run, random; the control API and the ÖKC page need it. */
  readonly token: string;
  /** Answers a refused request itself and returns false; true when it may go on. */
  admit(request: IncomingMessage, response: ServerResponse, kind: RequestKind, url: URL): boolean;
}

/**
 * The door of a training simulator on loopback, against the other programs on the
 * computer and the web pages in its browser: only loopback Host names (so DNS
 * rebinding reaches nothing), no cross-origin requests and no CORS at all, no body a
 * page could post without a preflight, and the run's token on everything that steers
 * the simulator (the control API, the virtual ÖKC page).
 */
export function createRequestGate(server: Server, token = randomBytes(24).toString('hex')): RequestGate {
  // Read once it listens, and kept: a request still in flight while the server closes has no address to ask.
  let listening: number | null = null;
  const port = () => {
    const address = server.address();
    if (listening === null && address !== null && typeof address === 'object') listening = address.port;
    return listening ?? -1;
  };
  const refuse = (response: ServerResponse, status: number, error: string) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(JSON.stringify({ ok: false, error }));
    return false;
  };
  return {
    token,
    admit(request, response, kind, url) {
      const origins = LOOPBACK_NAMES.map((name) => `${name}:${port()}`);
      if (!origins.includes(request.headers.host ?? '')) return refuse(response, 421, 'only loopback host names are served');
      const origin = request.headers.origin;
      if (origin !== undefined && !origins.some((host) => origin === `http://${host}`)) {
        return refuse(response, 403, 'cross-origin requests are refused');
      }
      if (request.method === 'OPTIONS') return refuse(response, 405, 'no CORS here');
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (SIMPLE_BODY_TYPES.includes(type)) return refuse(response, 415, 'send JSON (application/json)');
      if (kind === 'api') return true;
      const given = kind === 'page' ? url.searchParams.get('token') : request.headers[CONTROL_TOKEN_HEADER];
      if (!matches(typeof given === 'string' ? given : undefined, token)) {
        return refuse(response, 401, `the ${kind === 'page' ? 'page needs ?token=' : `control API needs the ${CONTROL_TOKEN_HEADER} header`} of this run`);
      }
      return true;
    },
  };
}

function matches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
