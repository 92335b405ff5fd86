import type { Page } from '@playwright/test';
import { test as base } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Each test gets its own web harness: a real child process running the same core as
 * the desktop app, with a fresh data folder. `restart()` kills it and starts a new one
 * over the same data and port, as a till does after a crash.
 */
export interface HarnessHandle {
  url: string;
  dataDir: string;
  restart(): Promise<string>;
}

const root = resolve(__dirname, '../..');

function startProcess(dataDir: string, port = 0): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolveStart, reject) => {
    // node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the process
    // that holds the core, or a "crash" would leave the old core running.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/harness/cli.ts', '--port', String(port), '--data-dir', dataDir], {
      cwd: root,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/harness\.html#token=\w+)/u.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}:\n${output}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}

export const test = base.extend<{ harness: HarnessHandle }>({
  // Playwright reads the fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pos-e2e-'));
    let current = await startProcess(dataDir);
    let restarts = 0;
    await use({
      get url() {
        return current.url;
      },
      dataDir,
      // The same port again, so the page keeps its origin (and what it stored) as the desktop app's app:// does;
      // a fresh query makes `goto` load the page anew rather than only change the fragment.
      restart: async () => {
        await stop(current.child);
        restarts += 1;
        const started = await startProcess(dataDir, Number(new URL(current.url).port));
        const url = new URL(started.url);
        url.search = `?restart=${restarts}`;
        current = { child: started.child, url: url.toString() };
        return current.url;
      },
    });
    await stop(current.child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

import { expect } from '@playwright/test';

export { expect };

const screenshotDir = join(root, 'test-results/screenshots');

/** Saves a named screenshot where CI keeps artifacts (test-results/screenshots). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * On the settings screen: the harness keeps its secret key in a file beside the
 * ciphertext, a weak store the app uses only once allowed on purpose.
 */
/** Settings → credentials: types a secret into its row from the keyboard and waits until it is saved. */
export async function enterSecret(page: Page, name: string, secret: string): Promise<void> {
  const row = page.getByTestId(`secret-${name}`);
  await row.getByRole('button', { name: 'Gir' }).click();
  await page.keyboard.type(secret);
  await page.keyboard.press('Enter');
  await expect(row).toContainText('Kayıtlı');
}

export async function allowWeakStorage(page: Page): Promise<void> {
  const allow = page.getByRole('checkbox', { name: 'Zayıf saklamaya izin ver (önerilmez)' });
  await allow.click();
  await expect(allow).toBeChecked();
}
