import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import type { Harness } from '../../src/harness/server';
import { startHarness } from '../../src/harness/server';
import { withCheckDigit } from '../../src/shared/barcode/gtin';
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

  it('takes a product file far over the call cap as a streamed upload, and imports it by handle', async () => {
    const h = await start();
    const rows = Array.from({ length: 20_000 }, (_, index) => `${withCheckDigit(`869${String(index + 1).padStart(9, '0')}`)};Ürün ${index + 1};adet;1,50;20`);
    const csv = Buffer.from(`Barkod;Ürün Adı;Birim;Fiyat;KDV\r\n${rows.join('\r\n')}\r\n`);
    expect(csv.length).toBeGreaterThan(2 * 256 * 1024);
    const upload = (token: string, name = 'urunler.csv') =>
      fetch(`http://127.0.0.1:${h.port}/api/upload?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${token}` },
        body: Readable.toWeb(Readable.from([csv.subarray(0, 100_000), csv.subarray(100_000)])) as ReadableStream,
        duplex: 'half',
      } as RequestInit);
    expect((await upload('wrong')).status).toBe(401);
    expect((await upload(h.token, '')).status).toBe(400);
    expect(await (await upload(h.token)).json()).toMatchObject({ ok: false, error: { code: 'auth.not-signed-in' } });
    await call(h, { name: 'users.bootstrapAdmin', arg: { displayName: 'Yönetici', pin: '613870' } });
    const answer = (await (await upload(h.token)).json()) as { ok: boolean; value: { fileHandle: string; sizeBytes: number } };
    expect(answer).toMatchObject({ ok: true, value: { fileName: 'urunler.csv', sizeBytes: csv.length, format: 'csv' } });

    const preview = (await (await call(h, { name: 'catalog.importPreview', arg: { fileHandle: answer.value.fileHandle, format: 'csv' } })).json()) as { value: { importId: string } };
    expect(preview).toMatchObject({ ok: true, value: { creates: 20_000, issueCount: 0 } });
    const confirmed = await call(h, { name: 'catalog.importConfirm', arg: { importId: preview.value.importId, skipBadRows: false } });
    expect(await confirmed.json()).toEqual({ ok: true, value: { created: 20_000, updated: 0, skipped: 0 } });
    const again = await call(h, { name: 'catalog.importPreview', arg: { fileHandle: answer.value.fileHandle, format: 'csv' } });
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'catalog.no-such-file' } });
  });
});
