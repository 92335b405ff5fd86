import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Agent } from 'undici';
import { fileKeyCipher } from '../src/harness/aesCipher';
import { createCore } from '../src/main/core/composition';
import { silentLogger } from '../src/main/core/platform/consoleLogger';
import { JsonFileStore } from '../src/main/core/platform/jsonFileStore';
import { systemClock } from '../src/main/core/ports';

/**
 * One start of the core over a data dir, as the web harness builds it, timed from the
 * start of this process (`performance.now()` counts from there): the code loaded, the
 * first contract call answered, the checkout's start-up recovery done; then RSS.
 * bench/startup.ts bundles this file and runs it fresh for every start.
 */
async function probe(dataDir: string): Promise<void> {
  const loadedMs = performance.now();
  const core = await createCore({
    clock: systemClock,
    dispatcher: new Agent({ connect: { timeout: 5_000 }, headersTimeout: 15_000, bodyTimeout: 15_000 }),
    cipher: fileKeyCipher(join(dataDir, 'harness-secret.key')),
    dataDir,
    stores: { settings: new JsonFileStore(join(dataDir, 'settings.json')), secrets: new JsonFileStore(join(dataDir, 'secrets.json')) },
    host: { kind: 'web-harness', appName: 'Tezgah POS', appVersion: '0.1.0', electronVersion: null },
    log: silentLogger,
  });
  const recovered = new Promise<void>((resolve) => {
    core.subscribe((name, payload) => {
      if (name === 'checkout.recovery' && (payload as { phase?: string }).phase === 'ready') resolve();
    });
  });
  const info = await core.invoke('app.info', undefined);
  const firstAnswerMs = performance.now();
  if (!info.ok) throw new Error(`app.info: ${info.error.message}`);
  const status = await core.invoke('checkout.recoveryStatus', undefined);
  if (!(status.ok && (status.value as { phase: string }).phase === 'ready')) await recovered;
  const recoveryDoneMs = performance.now();
  const rssBytes = process.memoryUsage().rss;
  await core.close();
  process.stdout.write(`${JSON.stringify({ loadedMs, firstAnswerMs, recoveryDoneMs, rssBytes })}\n`);
}

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: startupProbe <data dir>');
probe(dataDir).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
