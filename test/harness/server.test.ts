import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import type { Harness } from '../../src/harness/server';
import { startHarness } from '../../src/harness/server';
import { tempDir } from '../helpers/tmp';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function start() {
  const dir = tempDir();
  const webRoot = join(dir, 'web');
  mkdirSync(webRoot);
  writeFileSync(join(webRoot, 'harness.html'), '<!doctype html><title>harness</title>');
  writeFileSync(join(dir, 'outside.txt'), 'must not be served');
  harness = await startHarness({ dataDir: join(dir, 'data'), webRoot, log: silentLogger });
  return harness;
}

const call = (h: Harness, body: unknown, token = h.token) =>
  fetch(`http://127.0.0.1:${h.port}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

/** A raw request, to send a Host header fetch() would not let us forge. */
const rawGet = (port: number, path: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });

describe('web harness host', () => {
  it('listens on loopback only and prints a URL carrying the per-run token', async () => {
    const h = await start();
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/harness.html#token=${h.token}`);
    expect(h.token).toMatch(/^[0-9a-f]{48}$/u);
  });

  it('runs contract calls for the right token only', async () => {
    const h = await start();
    const ok = await call(h, { name: 'app.info' });
    expect(await ok.json()).toMatchObject({ ok: true, value: { host: 'web-harness' } });
    expect((await call(h, { name: 'app.info' }, 'wrong')).status).toBe(401);
    expect((await call(h, { name: 'app.info' }, `${h.token}0`)).status).toBe(401);
  });

  it('answers bad arguments with the contract error, and bad bodies with 4xx', async () => {
    const h = await start();
    const bad = await call(h, { name: 'settings.update', arg: { language: 'de' } });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'contract.invalid-argument', path: 'language' } });
    const notJson = await fetch(`http://127.0.0.1:${h.port}/api/call`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${h.token}` },
      body: '{',
    });
    expect(notJson.status).toBe(400);
    const huge = await call(h, { name: 'app.info', arg: 'x'.repeat(300 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('refuses foreign Host headers (DNS rebinding) and paths outside the web root', async () => {
    const h = await start();
    expect(await rawGet(h.port, '/harness.html', `evil.example:${h.port}`)).toBe(421);
    expect(await rawGet(h.port, '/harness.html', `127.0.0.1:${h.port}`)).toBe(200);
    expect(await rawGet(h.port, '/../outside.txt', `127.0.0.1:${h.port}`)).toBe(404);
    expect(await rawGet(h.port, '/%2e%2e/outside.txt', `127.0.0.1:${h.port}`)).toBe(404);
  });

  it('streams core events to the browser', async () => {
    const h = await start();
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${h.port}/api/events?token=${h.token}`, { signal: controller.signal });
    expect((await fetch(`http://127.0.0.1:${h.port}/api/events?token=nope`)).status).toBe(401);
    const reader = stream.body!.getReader();
    await call(h, { name: 'settings.update', arg: { language: 'en' } });
    let text = '';
    while (!text.includes('settings.changed')) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('"language":"en"');
    controller.abort();
  });
});
