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
 * catalog imported through the catalog contract, 50 scans (13 digits + Enter, a key
 * every 3 ms, dispatched inside the page so the figure is the app's) of known
 * barcodes, and what came of them: total time ÷ pure typing time (goal ≤ 1.10).
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
    // The import bootstrapped an administrator, who is signed in: the till is ready to sell.
    await page.goto(harness.url);
    const entry = page.getByTestId('entry');
    await entry.waitFor();
    await page.getByTestId('send-target').filter({ hasText: 'AV' }).waitFor();
    await entry.focus();

    const random = seededRandom(11);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(BURSTS, PRODUCTS)) chosen.add(Math.floor(random() * PRODUCTS));
    const codes = [...chosen].map(barcodeOf);

    // The scanner runs inside the page: every key is a keydown on the focused field (and for a
    // character, the text it adds) on a fixed 3 ms beat, so what is measured is the app, not a
    // round trip to the browser per key. It yields to the page between keys, as a real
    // keyboard's events queue while the page works. A string: this file is typed for Node.
    const answer = await page.evaluate(`(async (codes, keyDelayMs, settleMs) => {
      const field = document.activeElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const channel = new MessageChannel();
      const yieldToPage = () => new Promise((resolve) => { channel.port1.onmessage = () => resolve(); channel.port2.postMessage(0); });
      // The basket is virtualized: its count says how many lines it has, the rows only those in view.
      const lineCount = () => Number((document.querySelector('[data-testid="basket-count"]')?.textContent ?? '').replace(/[^0-9]/g, '') || 0);
      const warningText = () => document.querySelector('[data-testid="blocking-message"] .blocking-text')?.textContent ?? null;
      let firstWarning = null;
      const keys = codes.flatMap((code) => [...code, 'Enter']);
      const started = performance.now();
      for (const [index, key] of keys.entries()) {
        // Each key is its own task, as a real keyboard's are; none comes before its time.
        do await yieldToPage(); while (performance.now() < started + index * keyDelayMs);
        const target = document.activeElement;
        const down = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
        if (target.dispatchEvent(down) && key.length === 1 && 'value' in target) {
          setValue.call(target, target.value + key);
          target.dispatchEvent(new Event('input', { bubbles: true }));
        }
        target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
        firstWarning ??= warningText();
      }
      const typedAt = performance.now();
      while (lineCount() < codes.length && performance.now() < typedAt + settleMs) await yieldToPage();
      const settledAt = performance.now();
      const shown = [...document.querySelectorAll('[data-testid="basket-line"] .line-code')].map((node) => node.textContent);
      return { typing: typedAt - started, total: settledAt - started, lines: lineCount(), shown, warning: firstWarning ?? warningText(), field: field.id };
    })(${JSON.stringify(codes)}, ${KEY_DELAY_MS}, ${SETTLE_MS})`);
    const run = z
      .object({ typing: z.number(), total: z.number(), lines: z.number(), shown: z.array(z.string().nullable()), warning: z.string().nullable(), field: z.string() })
      .parse(answer);

    const wrong = run.shown.filter((code) => code === null || !codes.includes(code)).length;
    const pureTyping = codes.length * 14 * KEY_DELAY_MS;
    console.log(`${codes.length} scanner bursts (13 digits + Enter, ${KEY_DELAY_MS} ms/key, dispatched in the page into #${run.field}) into ${created} products, Chromium ${browser.version()}:`);
    console.log(`  pure typing ${pureTyping} ms; keys dispatched in ${run.typing.toFixed(0)} ms; last line on screen after ${run.total.toFixed(0)} ms`);
    console.log(`  total ÷ pure typing = ${(run.total / pureTyping).toFixed(2)} (goal ≤ 1.10); last key → last line ${(run.total - run.typing).toFixed(0)} ms`);
    console.log(`  lines added ${run.lines} of ${codes.length}; wrong items among those on screen ${wrong}; warning shown: ${run.warning ?? 'none'}`);
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
