import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';
import { tokenxAgent } from '../main/core/tokenx/transport';
import type { Core } from '../main/core/composition';
import { createCore } from '../main/core/composition';
import { JsonFileStore } from '../main/core/platform/jsonFileStore';
import type { Clock, Logger } from '../main/core/ports';
import { systemClock } from '../main/core/ports';
import { fileKeyCipher } from './aesCipher';

/**
 * The web harness: the same core as the desktop app, its contract exposed over HTTP on
 * loopback to a browser-side bridge, and the built renderer served beside it. Only for
 * tests and UI work; it never enters the Electron build.
 */

export interface HarnessOptions {
  dataDir: string;
  /** The built harness renderer (out/web). */
  webRoot: string;
  port?: number;
  /** Fixed token, so a test can restart the harness under an open page; random otherwise. */
  token?: string;
  clock?: Clock;
  log: Logger;
}

export interface Harness {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 256 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.json': 'application/json',
};

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const core = await createCore({
    clock: options.clock ?? systemClock,
    dispatcher: tokenxAgent(),
    cipher: fileKeyCipher(join(options.dataDir, 'harness-secret.key')),
    dataDir: options.dataDir,
    stores: {
      settings: new JsonFileStore(join(options.dataDir, 'settings.json')),
      secrets: new JsonFileStore(join(options.dataDir, 'secrets.json')),
    },
    host: { kind: 'web-harness', appName: 'Tezgah POS', appVersion: '0.1.0', electronVersion: null },
    log: options.log,
  });

  const streams = new Set<ServerResponse>();
  const unsubscribe = core.subscribe((name, payload) => {
    const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log.error('harness request failed', { error: String(error) });
      if (!response.headersSent) response.writeHead(500).end();
    });
  });

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const address = server.address() as AddressInfo;
    // Refuse other Host names so a web page elsewhere cannot reach the harness by DNS rebinding.
    if (request.headers.host !== `127.0.0.1:${address.port}` && request.headers.host !== `localhost:${address.port}`) {
      response.writeHead(421).end();
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname === '/api/call') {
      await handleCall(core, token, request, response);
    } else if (url.pathname === '/api/upload') {
      await handleUpload(core, token, url, request, response);
    } else if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) {
        response.writeHead(401).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
    } else {
      serveStatic(options.webRoot, url.pathname, response);
    }
  };

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/harness.html#token=${token}`,
    token,
    port,
    close: async () => {
      unsubscribe();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await core.close();
    },
  };
}

function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A POST carrying the run's token; anything else is answered here (405, 401) and false. */
function authorizedPost(token: string, request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'POST') {
    response.writeHead(405, { Allow: 'POST' }).end();
    return false;
  }
  const auth = request.headers.authorization;
  if (!tokenMatches(auth?.startsWith('Bearer ') ? auth.slice(7) : undefined, token)) {
    response.writeHead(401).end();
    return false;
  }
  return true;
}

async function handleCall(core: Core, token: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!authorizedPost(token, request, response)) return;
  const body = await readBody(request);
  if (body === null) {
    response.writeHead(413).end();
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    response.writeHead(400).end();
    return;
  }
  const { name, arg } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { name?: unknown; arg?: unknown };
  const result = await core.invoke(name, arg);
  response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(result));
}

/**
 * A product file for import, streamed to disk in the data dir by the core (calls are
 * capped at 256 KB; price lists are megabytes). Answers the same `{ ok, value }` as a
 * call, the value being the file's import handle.
 */
async function handleUpload(core: Core, token: string, url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!authorizedPost(token, request, response)) return;
  const fileName = url.searchParams.get('name') ?? '';
  if (fileName === '' || fileName.length > 260) {
    response.writeHead(400).end();
    return;
  }
  const result = await core.receiveImportFile(fileName, request);
  response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(result));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function serveStatic(root: string, pathname: string, response: ServerResponse): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname === '/' ? '/harness.html' : pathname);
  } catch {
    // A malformed escape (`%E0%A4%A`) is the client's mistake, not the server's.
    response.writeHead(400).end();
    return;
  }
  const file = normalize(join(root, decoded));
  if (relative(root, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  createReadStream(file).pipe(response);
}
