import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../../src/main/simulators/tokenx/fixtures';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { startToslaSimulator } from '../../src/main/simulators/tosla/server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so the Host and Origin headers are exactly what a rebinding page or another process would send. */
function send(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const corsHeaders = (answer: Answer) => Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'));

async function simulators() {
  const tokenx = await startTokenxSimulator();
  const tosla = await startToslaSimulator();
  closers.push(() => tokenx.close(), () => tosla.close());
  return [
    { name: 'TokenX', base: tokenx.baseUrl, token: tokenx.controlToken, state: '/__control/state', reset: '/__control/reset' },
    { name: 'Tosla', base: new URL(tosla.controlUrl).origin, token: tosla.controlToken, state: '/__control/state', reset: '/__control/reset' },
  ];
}

describe('the training simulators are closed to other programs and web pages', () => {
  it('answer only loopback Host names, and only with the run’s token', async () => {
    for (const sim of await simulators()) {
      const rebound = await send(sim.base, sim.state, { headers: { host: 'attacker.example', 'x-simulator-token': sim.token } });
      expect([sim.name, rebound.status]).toEqual([sim.name, 421]);
      expect(rebound.body).not.toMatch(/callback|Bearer/u);
      expect((await send(sim.base, sim.state)).status).toBe(401);
      expect((await send(sim.base, sim.state, { headers: { 'x-simulator-token': 'x'.repeat(48) } })).status).toBe(401);
      expect((await send(sim.base, sim.state, { headers: { 'x-simulator-token': sim.token } })).status).toBe(200);
      const local = new URL(sim.base);
      expect((await send(sim.base, sim.state, { headers: { host: `localhost:${local.port}`, 'x-simulator-token': sim.token } })).status).toBe(200);
    }
  });

  it('refuse cross-origin requests, text/plain and form posts, and send no CORS headers', async () => {
    for (const sim of await simulators()) {
      const withToken = { 'x-simulator-token': sim.token };
      const crossOrigin = await send(sim.base, sim.reset, {
        method: 'POST',
        headers: { ...withToken, origin: 'http://attacker.example', 'content-type': 'text/plain' },
        body: '{}',
      });
      expect([sim.name, crossOrigin.status]).toEqual([sim.name, 403]);
      expect(corsHeaders(crossOrigin)).toEqual([]);
      for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const simple = await send(sim.base, sim.reset, { method: 'POST', headers: { ...withToken, 'content-type': type }, body: '{}' });
        expect([sim.name, type, simple.status]).toEqual([sim.name, type, 415]);
      }
      const preflight = await send(sim.base, sim.reset, {
        method: 'OPTIONS',
        headers: { origin: 'http://attacker.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-simulator-token' },
      });
      expect([403, 405]).toContain(preflight.status);
      expect(corsHeaders(preflight)).toEqual([]);
      const state = await send(sim.base, sim.state, { headers: withToken });
      expect(corsHeaders(state)).toEqual([]);
    }
  });

  it('serve the virtual ÖKC page only with the run’s token, and the page drives the device with it', async () => {
    const sim = await startTokenxSimulator();
    closers.push(() => sim.close());
    expect((await send(sim.baseUrl, '/okc')).status).toBe(401);
    expect((await send(sim.baseUrl, '/okc?token=wrong')).status).toBe(401);
    const page = await send(sim.baseUrl, new URL(sim.okcUrl).pathname + new URL(sim.okcUrl).search);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`"token":"${sim.controlToken}"`);
    expect(page.body).toContain("'x-simulator-token': DATA.token");
    // A client of the vendor API (no Origin, no simple body) needs no token: it is the API the app tests against.
    const basic = Buffer.from(`${SIM_CLIENT_ID}:${SIM_CLIENT_SECRET}`).toString('base64');
    expect((await send(sim.baseUrl, '/v1/auth/token', { method: 'POST', headers: { authorization: `Basic ${basic}` } })).status).toBe(200);
  });
});
