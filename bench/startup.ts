import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatabaseSync } from 'node:sqlite';
import { build } from 'esbuild';
import { AuditLog } from '../src/main/core/audit/auditLog';
import { CatalogStore } from '../src/main/core/catalog/catalogStore';
import { CheckoutJournal } from '../src/main/core/checkout/journal';
import type { MachineState } from '../src/main/core/checkout/stateMachine';
import { openDatabase } from '../src/main/core/storage/database';
import { withCheckDigit } from '../src/shared/barcode/gtin';
import { saleResultSchema } from '../src/shared/checkout/checkoutState';

/**
 * Start-up figures: a data dir with 100k products, 50k checkout journal entries (with
 * their transitions) and 100k audit rows, beside an empty one (a data dir the app has
 * started in once, nothing else) and a very first start. Each start is a fresh process
 * running the core bundled as the app ships it (no TypeScript loader), over a fresh
 * copy of the data dir; the median of several starts is printed.
 * Run: npx tsx bench/startup.ts   (STARTUP_BENCH_RUNS, STARTUP_BENCH_PRODUCTS,
 * STARTUP_BENCH_SALES, STARTUP_BENCH_AUDIT to change the sizes)
 */
const RUNS = Number(process.env.STARTUP_BENCH_RUNS ?? 5);
const PRODUCTS = Number(process.env.STARTUP_BENCH_PRODUCTS ?? 100_000);
const SALES = Number(process.env.STARTUP_BENCH_SALES ?? 50_000);
const AUDIT = Number(process.env.STARTUP_BENCH_AUDIT ?? 100_000);
const DAY_MS = 86_400_000;

const barcodeOf = (index: number): string => withCheckDigit(`869${String(index).padStart(9, '0')}`);

interface Start {
  loadedMs: number;
  firstAnswerMs: number;
  recoveryDoneMs: number;
  rssBytes: number;
}

function start(probe: string, dataDir: string): Start {
  const child = spawnSync(process.execPath, [probe, dataDir], { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  if (child.status !== 0) throw new Error(`start over ${dataDir} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Start;
}

/** Sales written by the journal itself; the rest are copies of them. */
const JOURNALED = 1_000;
const SALE_GAP_MS = 90_000;

/**
 * Sales as the till journals them (a few lines, the wire basket as sent, paid on the
 * device), each through `CheckoutJournal` with its transitions; every journal write is
 * its own transaction, so past the first `JOURNALED` the rows are copied in one
 * transaction under new ids and later times, exactly as the journal wrote them.
 */
function fillJournal(db: DatabaseSync, clock: { at: number }): void {
  const journal = new CheckoutJournal(db, () => clock.at);
  const journaled = Math.min(SALES, JOURNALED);
  for (let sale = 0; sale < journaled; sale += 1) {
    const items = Array.from({ length: 1 + (sale % 5) }, (_, line) => {
      const product = ((sale * 7 + line) % PRODUCTS) + 1;
      return { name: `Ürün ${product}`, price: 1_000 + ((sale + line) % 9_000), quantity: 1_000, sectionNo: 1, taxPercent: 2_000, barcode: barcodeOf(product) };
    });
    const total = items.reduce((sum, item) => sum + item.price, 0);
    const basketId = randomUUID();
    journal.create({ basketId, environment: 'training', target: { kind: 'terminal', terminalId: 'AV00000001' }, tillNumber: 1, totalKurus: total, basket: { items }, cashierId: 'kasiyer-1' });
    clock.at += SALE_GAP_MS / 3;
    const sold: MachineState = {
      state: 'paid',
      lockedBy: null,
      sale: saleResultSchema.parse({ status: 0, message: 'OK', receiptNo: sale + 1, zNo: 1, paymentItems: [{ type: 1, amount: total, description: 'Nakit', operatorId: null }] }),
      rejection: null,
      cancelRequested: false,
      communicationError: null,
      forced: false,
      seen: true,
      unsettledReads: 0,
      escalated: false,
      alert: null,
    };
    journal.update('training', basketId, sold, 'bench', null);
    clock.at += (SALE_GAP_MS * 2) / 3;
  }
  const copies = Math.ceil(SALES / journaled) - 1;
  // A copy's id keeps the UUID's shape: the original's first four groups, the copy's number as the last.
  const copyId = "substr(basket_id, 1, 24) || printf('%012x', ?)";
  db.exec('BEGIN IMMEDIATE');
  for (let copy = 1; copy <= copies; copy += 1) {
    const shift = copy * journaled * SALE_GAP_MS;
    const limit = Math.min(journaled, SALES - copy * journaled);
    db.prepare(
      `INSERT INTO checkout_entries (basket_id, environment, target_kind, target_id, check_number, total_kurus, basket_json, state, locked_by,
         sale_json, rejection_json, cancel_requested, communication_error, forced, seen, unsettled_reads, escalated, alert_json, cashier_id, created_at, updated_at)
       SELECT ${copyId}, environment, target_kind, target_id, check_number + ?, total_kurus, basket_json, state, locked_by,
         sale_json, rejection_json, cancel_requested, communication_error, forced, seen, unsettled_reads, escalated, alert_json, cashier_id, created_at + ?, updated_at + ?
       FROM (SELECT * FROM checkout_entries ORDER BY rowid LIMIT ?)`,
    ).run(copy, copy * journaled, shift, shift, limit);
    db.prepare(
      `INSERT INTO checkout_transitions (basket_id, from_state, to_state, cause, detail, at)
       SELECT ${copyId}, from_state, to_state, cause, detail, at + ? FROM checkout_transitions
       WHERE basket_id IN (SELECT basket_id FROM checkout_entries ORDER BY rowid LIMIT ?) ORDER BY id`,
    ).run(copy, shift, limit);
  }
  db.prepare("UPDATE checkout_check_numbers SET last_number = ? WHERE environment = 'training'").run(SALES);
  db.exec('COMMIT');
}

/** The modules' own writers, in transactions where they compose with one. */
function fill(dataDir: string): void {
  // Yesterday's close: the last sale well outside the checkout's watch window, as at a morning start.
  const clock = { at: Date.now() - DAY_MS - SALES * SALE_GAP_MS };
  const now = () => clock.at;
  const db = openDatabase({ file: join(dataDir, 'pos.sqlite'), migrations: [] });
  try {
    const catalog = new CatalogStore(db, { now });
    catalog.transaction(() => {
      for (let index = 1; index <= PRODUCTS; index += 1) {
        catalog.write(null, {
          name: `Ürün ${index} ${['Çikolata', 'Süt', 'Peynir', 'Deterjan', 'Makarna'][index % 5]}`,
          barcodes: [barcodeOf(index)],
          unit: 'C62',
          priceKurus: 100 + (index % 20_000),
          vatRate: 2000,
          department: null,
          plu: null,
          quickKey: null,
        });
      }
    });
    fillJournal(db, clock);
    const audit = new AuditLog(db, { now });
    db.exec('BEGIN IMMEDIATE');
    for (let row = 0; row < AUDIT; row += 1) {
      audit.record({ action: row % 3 === 0 ? 'checkout.sale' : 'users.sign-in', actorId: `kasiyer-${row % 4}`, approverId: null, subject: `satış-${row}`, amountKurus: row, outcome: 'ok', details: { till: 1 } });
    }
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'startup-bench-'));
  try {
    const probe = join(dir, 'startup-probe.cjs');
    await build({ entryPoints: [join(__dirname, 'startupProbe.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node24', outfile: probe, logLevel: 'warning' });
    const empty = join(dir, 'empty');
    start(probe, empty);
    const loaded = join(dir, 'loaded');
    cpSync(empty, loaded, { recursive: true });
    const fillStart = performance.now();
    fill(loaded);
    console.log(`start-up benchmark, Node ${process.versions.node}, ${RUNS} starts per case (median); loaded data dir: ${PRODUCTS} products, ${SALES} journal entries, ${AUDIT} audit rows, filled in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);

    const cases: Record<'first start' | 'empty' | 'loaded', Start[]> = { 'first start': [], empty: [], loaded: [] };
    for (let run = 0; run < RUNS; run += 1) {
      const fresh = join(dir, `run-${run}`);
      cases['first start'].push(start(probe, join(fresh, 'first')));
      for (const [name, template] of [['empty', empty], ['loaded', loaded]] as const) {
        cpSync(template, join(fresh, name), { recursive: true });
        cases[name].push(start(probe, join(fresh, name)));
      }
      rmSync(fresh, { recursive: true, force: true });
    }
    const figures = Object.fromEntries(
      Object.entries(cases).map(([name, starts]) => [
        name,
        {
          loaded: median(starts.map((run) => run.loadedMs)),
          first: median(starts.map((run) => run.firstAnswerMs)),
          recovered: median(starts.map((run) => run.recoveryDoneMs)),
          rss: median(starts.map((run) => run.rssBytes)) / 1024 / 1024,
        },
      ]),
    );
    const cell = (value: number) => `${value.toFixed(0).padStart(7)} ms`;
    console.log('                code loaded   first answer   recovery done   RSS after start');
    for (const [name, value] of Object.entries(figures)) {
      console.log(`  ${name.padEnd(12)} ${cell(value.loaded)}   ${cell(value.first)}   ${cell(value.recovered)}    ${value.rss.toFixed(0).padStart(5)} MB`);
    }
    const ratio = (key: 'first' | 'recovered' | 'rss') => ((figures.loaded?.[key] ?? 0) / (figures.empty?.[key] ?? 1)).toFixed(2);
    console.log(`  loaded ÷ empty: first answer ${ratio('first')}×, recovery done ${ratio('recovered')}×, RSS ${ratio('rss')}× (goal ≤ 2×)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
