import { chromium } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { withCheckDigit } from '../src/shared/barcode/gtin';
import { seededRandom } from '../src/shared/seededRandom';

/**
 * Scanner bursts into the real cashier screen: the web harness with a 100k-product
 * catalog imported through the catalog contract, Debian's Chromium typing 50 scans
 * (13 digits + Enter, 3 ms per key) of known barcodes, and what came of them.
 * Needs `npm run build:web` first. Run: npx tsx bench/scanner-ui.ts
 * (SCANNER_UI_PRODUCTS to change the catalog size).
 */
const PRODUCTS = Number(process.env.SCANNER_UI_PRODUCTS ?? 100_000);
const BURSTS = 50;
const KEY_DELAY_MS = 3;
/** How long the screen may take, after the last key, to show the last line before the run counts as settled. */
const SETTLE_MS = 15_000;
const ADMIN = { displayName: 'Bench Yönetici', pin: '482715' };
const root = resolve(__dirname, '..');

const barcodeOf = (index: number): string => withCheckDigit(`869${String(index + 1).padStart(9, '0')}`);

function catalogCsv(): Buffer {
  const rows: string[] = [];
  for (let index = 0; index < PRODUCTS; index += 1) {
    const kurus = 100 + ((index * 7919) % 200_000);
    rows.push(`${barcodeOf(index)};Ürün ${index + 1};adet;${Math.floor(kurus / 100)},${String(kurus % 100).padStart(2, '0')};20`);
  }
  return Buffer.from(`Barkod;Ürün Adı;Birim;Fiyat;KDV\r\n${rows.join('\r\n')}\r\n`, 'utf8');
}

function startHarness(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/harness/cli.ts', '--port', '0', '--data-dir', dataDir], {
      cwd: root,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/harness\.html#token=\w+)/u.exec(output);
      if (match?.[1]) done({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`harness exited with ${code}:\n${output}`)));
  });
}

const answerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

/** Contract calls over the harness's HTTP bridge, and its file upload, as the browser-side bridge makes them. */
function caller(url: string) {
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
  const answer = async <T>(name: string, response: Response, schema: z.ZodType<T>): Promise<T> => {
    const parsed = answerSchema.parse(await response.json());
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.code} ${parsed.error.message}`);
    return schema.parse(parsed.value);
  };
  return {
    call: async <T>(name: string, arg: unknown, schema: z.ZodType<T>): Promise<T> =>
      answer(
        name,
        await fetch(`${origin}/api/call`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ name, arg }),
        }),
        schema,
      ),
    upload: async (fileName: string, body: Buffer): Promise<string> =>
      (
        await answer(
          'upload',
          await fetch(`${origin}/api/upload?name=${encodeURIComponent(fileName)}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
            body: new Uint8Array(body),
          }),
          z.object({ fileHandle: z.string() }),
        )
      ).fileHandle,
  };
}

/** The catalog as a shop would load it: one file, uploaded, checked, then imported. */
async function importCatalog({ call, upload }: ReturnType<typeof caller>): Promise<number> {
  await call('users.bootstrapAdmin', ADMIN, z.unknown());
  const fileHandle = await upload('bench.csv', catalogCsv());
  const preview = await call('catalog.importPreview', { fileHandle, format: 'csv' }, z.object({ importId: z.string(), issueCount: z.number() }));
  if (preview.issueCount > 0) throw new Error(`the catalog file has ${preview.issueCount} bad rows`);
  const confirmed = await call('catalog.importConfirm', { importId: preview.importId, skipBadRows: false }, z.object({ created: z.number() }));
  return confirmed.created;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'out/web/harness.html'))) throw new Error('out/web is missing: run `npm run build:web` first.');
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-bench-scanner-'));
  const harness = await startHarness(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const importStart = performance.now();
    const created = await importCatalog(caller(harness.url));
    console.log(`catalog: ${created} products uploaded and imported through catalog.importPreview/importConfirm in ${((performance.now() - importStart) / 1000).toFixed(1)} s`);

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'tr-TR', timezoneId: 'Europe/Istanbul' });
    await page.goto(harness.url);
    const entry = page.getByTestId('entry');
    await entry.waitFor();
    await page.getByTestId('send-target').filter({ hasText: 'AV' }).waitFor();
    await entry.focus();
    // The first keys compile the input path; a real scanner's keys would queue meanwhile.
    await page.keyboard.type('a');
    await page.keyboard.press('Backspace');
    // Error rows scroll away after three, so every one is counted as it appears. Strings run in the
    // page: this script is typed for Node, without the DOM's types.
    await page.evaluate(`
      window.benchNotices = 0;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLElement && node.dataset.testid === 'basket-notice') window.benchNotices += 1;
          }
        }
      }).observe(document.body, { childList: true, subtree: true });
    `);

    const random = seededRandom(11);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(BURSTS, PRODUCTS)) chosen.add(Math.floor(random() * PRODUCTS));
    const codes = [...chosen].map(barcodeOf);

    const started = performance.now();
    for (const code of codes) {
      await page.keyboard.type(code, { delay: KEY_DELAY_MS });
      await page.keyboard.press('Enter');
    }
    const typedAt = performance.now();
    const lineCount = () => page.getByTestId('basket-line').count();
    await page
      .waitForFunction(`document.querySelectorAll('[data-testid="basket-line"]').length >= ${codes.length}`, undefined, {
        timeout: SETTLE_MS,
        polling: 'raf',
      })
      .catch(() => undefined);
    const settledAt = performance.now();
    const lines = await lineCount();
    const notices = z.number().parse(await page.evaluate('window.benchNotices'));
    const shownCodes = await page.locator('[data-testid="basket-line"] .line-code').allTextContents();
    const wrong = shownCodes.filter((code) => !codes.includes(code)).length;

    const pureTyping = codes.length * 14 * KEY_DELAY_MS;
    console.log(`${codes.length} scanner bursts (13 digits + Enter, ${KEY_DELAY_MS} ms/key) into ${created} products, Chromium ${browser.version()}:`);
    console.log(`  pure typing ${pureTyping} ms; keys sent in ${(typedAt - started).toFixed(0)} ms; last line on screen after ${(settledAt - started).toFixed(0)} ms`);
    // Playwright adds a round trip to the browser per key on top of the delay, so the keys themselves
    // take longer than a scanner's; the wait after the last key is what the app adds.
    console.log(`  total ÷ pure typing = ${((settledAt - started) / pureTyping).toFixed(2)}; last key → last line ${(settledAt - typedAt).toFixed(0)} ms`);
    console.log(`  lines added ${lines} of ${codes.length}; wrong items ${wrong}; error rows ${notices}`);
  } finally {
    await browser.close();
    harness.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
