import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutJournal } from '../../src/main/core/checkout/journal';
import { DIALECT_PROFILES } from '../../src/main/simulators/tokenx/dialect';
import { seededRandom } from '../../src/shared/seededRandom';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { tempDir } from '../helpers/tmp';
import { eventually } from './serviceHarness';
import { agrees, ENVIRONMENT, STALL_MS, tally, truthOf } from './simulatorRig';

const KILLS = Number(process.env.KILL_SUITE_KILLS ?? 100);
const SEED = 77_001;

let childBundle = '';
let compileCache = '';
let simulator: TokenxSimulator | null = null;
let child: ChildProcess | null = null;

beforeAll(async () => {
  // One bundle for all runs, so each restart costs a plain `node` start, not a TypeScript loader.
  const bundleDir = tempDir('pos-kill-child-');
  childBundle = join(bundleDir, 'killChild.cjs');
  compileCache = join(bundleDir, 'compile-cache');
  await build({
    entryPoints: [fileURLToPath(new URL('./killChild.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    outfile: childBundle,
    minify: true,
    logLevel: 'silent',
  });
});

afterEach(async () => {
  if (child !== null && child.exitCode === null && child.signalCode === null) await kill(child);
  child = null;
  await simulator?.close();
  simulator = null;
});

function startChild(baseUrl: string, dbFile: string, seed: number, mode: 'sell' | 'settle', lines: string[]): ChildProcess {
  const started = spawn(process.execPath, ['--no-warnings', childBundle, baseUrl, dbFile, String(seed), mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // V8's code cache: after the first start a restart skips compiling the bundle again.
    env: { ...process.env, NODE_COMPILE_CACHE: compileCache },
  });
  let pending = '';
  started.stdout?.on('data', (chunk: Buffer) => {
    const text = pending + chunk.toString('utf8');
    const parts = text.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
  });
  started.stderr?.on('data', (chunk: Buffer) => lines.push(`stderr ${chunk.toString('utf8')}`));
  return started;
}

function kill(process: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    process.once('exit', () => resolve());
    process.kill('SIGKILL');
  });
}

describe.each(Object.keys(DIALECT_PROFILES))('checkout kill suite (%s dialect): the core is killed mid-flight and a new process recovers from the same SQLite file', (profile) => {
  it(`after ${KILLS} SIGKILLs at random points every basket ends in TokenX's own final state, once, none lost`, async () => {
    const random = seededRandom(SEED);
    simulator = await startTokenxSimulator({ seed: SEED, dialect: DIALECT_PROFILES[profile] });
    const { control } = simulator;
    control.setAutoComplete({ enabled: true, outcome: 'random', lockAfterMs: 5, completeAfterMs: 20 });
    control.setWebhookFaults({ dropRate: 0.2, duplicateRate: 0.1, reorderRate: 0.1, delayMs: [0, 20] });
    control.setHttpFaults({
      rates: { 'drop-after-commit': 0.03, 'http-500-after-commit': 0.02, 'http-500': 0.02, 'http-429': 0.02, 'late-commit': 0.01, 'proxy-404': 0.01 },
      stallMs: STALL_MS,
    });
    const dbFile = join(tempDir('pos-kill-'), 'pos.sqlite');
    const lines: string[] = [];
    let killedWithBasketInFlight = 0;

    for (let run = 0; run < KILLS; run += 1) {
      const recoveredBefore = lines.filter((line) => line.startsWith('recovered ')).length;
      child = startChild(simulator.baseUrl, dbFile, SEED + run, 'sell', lines);
      // Most kills land while selling; the rest anywhere from start-up through recovery.
      if (random() < 0.75) {
        await eventually(() => lines.filter((line) => line.startsWith('recovered ')).length > recoveredBefore, `run ${run} recovered`, 30_000);
        await sleep(Math.floor(random() * 300));
      } else {
        await sleep(Math.floor(random() * 500));
      }
      await kill(child);
      child = null;
      if (unfinishedIn(dbFile) > 0) killedWithBasketInFlight += 1;
    }

    child = startChild(simulator.baseUrl, dbFile, SEED + KILLS, 'settle', lines);
    const reader = new DatabaseSync(dbFile, { timeout: 2_000 });
    const journal = new CheckoutJournal(reader, Date.now);
    const all = () => journal.list(ENVIRONMENT, { unfinishedOnly: false, limit: 100_000 });
    try {
      await eventually(
        () => all().every((entry) => agrees(entry, truthOf(control, entry.basketId))),
        () =>
          `every basket settles in TokenX's state: ${JSON.stringify(all().filter((e) => !agrees(e, truthOf(control, e.basketId))).map((e) => [e.basketId, e.state, truthOf(control, e.basketId)]))}`,
        90_000,
      );
      await kill(child);
      child = null;
      await control.settleWebhooks();

      const entries = all();
      expect(lines.filter((line) => line.startsWith('stderr')).filter((line) => !line.includes('ExperimentalWarning'))).toEqual([]);
      expect(entries.length).toBeGreaterThan(KILLS / 2);
      for (const entry of entries) expect(agrees(entry, truthOf(control, entry.basketId)), `basket ${entry.basketId} agrees with TokenX`).toBe(true);
      // Only the journal's baskets on TokenX: none it lost; every one it did not get refused.
      const onTokenx = control.snapshot().baskets.map((basket) => basket.basketID);
      const journaled = new Set(entries.map((entry) => entry.basketId));
      expect(onTokenx.filter((id) => !journaled.has(id))).toEqual([]);
      const lostSales = entries.filter((entry) => truthOf(control, entry.basketId) === 'paid' && entry.state !== 'paid');
      expect(lostSales).toEqual([]);

      const recovered = lines.filter((line) => line.startsWith('recovered ')).map((line) => Number(line.slice('recovered '.length)));
      const resent = entries.filter((entry) => journal.transitions(entry.basketId).filter((t) => t.to === 'sending').length > 1).length;
      console.info(
        `kill suite (${profile}): ${KILLS} SIGKILLs, ${killedWithBasketInFlight} with a basket in flight; ${recovered.length} processes got as far as recovery, ` +
          `${recovered.reduce((sum, found) => sum + found, 0)} unfinished baskets recovered in all; ${entries.length} baskets, ` +
          `final states ${JSON.stringify(tally(entries.map((entry) => entry.state)))}; ${resent} sent again under the same id`,
      );
      expect(killedWithBasketInFlight).toBeGreaterThan(0);
    } finally {
      reader.close();
    }
  }, 240_000);
});

/** Read between runs, with no process writing: what the killed process left unfinished. */
function unfinishedIn(dbFile: string): number {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(dbFile, { timeout: 2_000 });
  } catch {
    return 0;
  }
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE name = 'checkout_entries'").get();
    return table === undefined ? 0 : new CheckoutJournal(db, Date.now).unfinished(ENVIRONMENT).length;
  } finally {
    db.close();
  }
}
