import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatabaseSync } from 'node:sqlite';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { catalogMigrations } from '../src/main/core/catalog/catalogMigrations';
import type { CatalogModule } from '../src/main/core/catalog/catalogModule';
import { createCatalogModule } from '../src/main/core/catalog/catalogModule';
import { foldTurkish, searchTokens } from '../src/main/core/catalog/turkishFold';
import { openDatabase } from '../src/main/core/storage/database';
import { withCheckDigit } from '../src/shared/barcode/gtin';
import { addLine, lineFromProduct } from '../src/shared/basket/edits';
import type { Basket } from '../src/shared/basket/model';
import { emptyBasket } from '../src/shared/basket/model';
import { basketTotals } from '../src/shared/basket/totals';
import { readEntry } from '../src/renderer/src/screens/cashier/entry/entryText';
import { seededRandom } from '../test/basket/seededRandom';

/**
 * Catalog figures on this machine: a 100k-row CSV import (dry run and import) beside
 * the machine's floor for the same file, a 1M-row import's peak memory in a fresh
 * process, search-as-you-type p95 over 100k products next to MiniSearch and FlexSearch
 * on the same names, adding a line to a 500-line basket, and 50 scanner bursts into
 * the 100k catalog.
 * Run: npx tsx bench/catalog.ts   (CATALOG_BENCH_ROWS, CATALOG_BENCH_BIG_ROWS (0 skips),
 * CATALOG_BENCH_ROUNDS to change the sizes and the number of timed rounds)
 */
const ROWS = Number(process.env.CATALOG_BENCH_ROWS ?? 100_000);
const BIG_ROWS = Number(process.env.CATALOG_BENCH_BIG_ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.CATALOG_BENCH_ROUNDS ?? 3);
const QUERIES = 1000;
const random = seededRandom(5);

const BRANDS = ['Ülker', 'Eti', 'Pınar', 'Sütaş', 'Torku', 'Tat', 'Tamek', 'Dimes', 'Doğuş', 'Çaykur', 'Filiz', 'Bizim', 'Yudum', 'Komili', 'İçim', 'Şölen', 'Öncü', 'Tukaş', 'Ekici', 'Uludağ', 'Erikli', 'Hayat', 'Abc', 'Omo', 'Pril', 'Fairy', 'Selpak', 'Solo', 'Dalan', 'Hacı Şakir'];
const NOUNS = ['Çikolata', 'Gofret', 'Bisküvi', 'Kraker', 'Süt', 'Yoğurt', 'Ayran', 'Peynir', 'Kaşar', 'Tereyağı', 'Makarna', 'Erişte', 'Pirinç', 'Bulgur', 'Mercimek', 'Nohut', 'Fasulye', 'Şeker', 'Çay', 'Kahve', 'Salça', 'Ketçap', 'Mayonez', 'Zeytin', 'Reçel', 'Bal', 'Helva', 'Lokum', 'Meyve Suyu', 'Gazoz', 'Kola', 'Su', 'Soda', 'Deterjan', 'Sabun', 'Şampuan', 'Peçete', 'Havlu', 'Mendil', 'Pil', 'Ampul', 'Kibrit', 'Mum', 'Un', 'İrmik', 'Nişasta', 'Sirke', 'Yağ', 'Turşu', 'Konserve'];
const FLAVOURS = ['Sade', 'Kakaolu', 'Fındıklı', 'Fıstıklı', 'Çilekli', 'Vişneli', 'Limonlu', 'Light', 'Tam Yağlı', 'Yarım Yağlı', 'Ekstra', 'Klasik', 'Organik', 'Acılı', 'Tatlı', 'Ballı', 'Sütlü', 'Bitter', 'Naneli', 'Portakallı', 'Şeftalili', 'Kayısılı', 'Karamelli', 'Tuzsuz', 'Köy Usulü', 'Ev Yapımı', 'Glutensiz', 'Şekersiz', 'İnce', 'Kalın'];
const SIZES = ['50 g', '100 g', '200 g', '250 g', '400 g', '500 g', '1 kg', '2 kg', '200 ml', '330 ml', '500 ml', '1 L', '1,5 L', '2,5 L', '5 L', "4'lü", "6'lı", "10'lu", "12'li", "24'lü"];

interface Generated {
  barcode: string;
  name: string;
  priceKurus: number;
  vatRate: number;
}

function generate(count: number): Generated[] {
  return Array.from({ length: count }, (_, index) => ({
    barcode: withCheckDigit(`869${String(index + 1).padStart(9, '0')}`),
    name: `${random.pick(BRANDS)} ${random.pick(FLAVOURS)} ${random.pick(NOUNS)} ${random.pick(SIZES)}`,
    priceKurus: random.int(100, 200_000),
    vatRate: random.pick([100, 1000, 2000]),
  }));
}

const HEADER = 'Barkod;Ürün Adı;Birim;Fiyat;KDV';
const price = (kurus: number) => `${Math.floor(kurus / 100)},${String(kurus % 100).padStart(2, '0')}`;
const csvLine = (p: Generated) => `${p.barcode};${p.name};adet;${price(p.priceKurus)};${p.vatRate / 100}`;

/** The products as Turkish Excel saves them (BOM, `;`, CRLF, decimal comma), written in blocks so no copy of the whole file is held. */
function writeCsv(file: string, products: (from: number, to: number) => Generated[], count: number): number {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `\ufeff${HEADER}\r\n`);
    for (let from = 0; from < count; from += 10_000) {
      writeSync(fd, `${products(from, Math.min(count, from + 10_000)).map(csvLine).join('\r\n')}\r\n`);
    }
  } finally {
    closeSync(fd);
  }
  return statSync(file).size;
}

/**
 * The floor: read, split and insert the same file into the same tables (product,
 * barcode, folded name in the search index) in one transaction with plain node:sqlite,
 * no checks at all. What the app does beyond this is its own cost.
 */
function floor(file: string, dbFile: string): number {
  const db = openDatabase({ file: dbFile, migrations: [catalogMigrations] });
  const start = performance.now();
  const lines = readFileSync(file, 'utf8').replace(/^\ufeff/u, '').split('\r\n');
  const product = db.prepare('INSERT INTO catalog_products (name, unit, price_kurus, vat_rate, department, plu, quick_key, updated_at) VALUES (?, ?, ?, ?, NULL, NULL, NULL, ?)');
  const barcode = db.prepare('INSERT INTO catalog_barcodes (barcode, product_id) VALUES (?, ?)');
  const search = db.prepare('INSERT INTO catalog_search (rowid, folded) VALUES (?, ?)');
  const at = new Date().toISOString();
  db.exec('BEGIN');
  for (let i = 1; i < lines.length; i += 1) {
    const [code = '', name = '', , kurus = '', vat = ''] = (lines[i] ?? '').split(';');
    if (code === '') continue;
    const id = product.run(name, 'C62', Number(kurus.replace(',', '')), Number(vat) * 100, at).lastInsertRowid;
    barcode.run(code, id);
    search.run(id, foldTurkish(name));
  }
  db.exec('COMMIT');
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

interface AppImport {
  dryRunMs: number;
  importMs: number;
  created: number;
  issues: number;
  catalog: CatalogModule;
  db: DatabaseSync;
}

/** The app's own path: the file chosen in main's dialog, a dry run, then the import. */
async function appImport(file: string, dir: string): Promise<AppImport> {
  const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [catalogMigrations] });
  const catalog = createCatalogModule({
    db,
    clock: { now: () => Date.now() },
    audit: { record: () => undefined },
    authorize: () => ({ actorId: 'bench', approverId: null }),
    sent: { wasSent: () => false },
    changed: () => undefined,
    importDir: join(dir, 'imports'),
    inTraining: () => false,
    pickImportFile: async () => file,
  });
  const chosen = await catalog.service.chooseImportFile();
  if (chosen === null) throw new Error('no file chosen');
  let start = performance.now();
  const preview = await catalog.service.importPreview(chosen.fileHandle, 'csv');
  const dryRunMs = performance.now() - start;
  start = performance.now();
  const imported = catalog.service.importConfirm(preview.importId, false, undefined);
  const importMs = performance.now() - start;
  return { dryRunMs, importMs, created: imported.created, issues: preview.issueCount, catalog, db };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function queries(products: readonly Generated[]): string[] {
  const words = [...BRANDS, ...NOUNS, ...FLAVOURS].flatMap((phrase) => phrase.split(' '));
  return Array.from({ length: QUERIES }, () => {
    const roll = random.next();
    const word = random.pick(words);
    if (roll < 0.4) return word.slice(0, random.int(2, 4)).toLocaleLowerCase('tr-TR');
    if (roll < 0.7) return `${random.pick(words).slice(0, 3)} ${word.slice(0, random.int(2, 5))}`.toLocaleLowerCase('tr-TR');
    if (roll < 0.9) return foldTurkish(word);
    return random.pick(products).barcode.slice(0, 7);
  });
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

function timeEach(items: readonly string[], run: (item: string) => unknown): { p50: number; p95: number; max: number; hits: number } {
  const samples: number[] = [];
  let hits = 0;
  for (const item of items) {
    const start = performance.now();
    const result = run(item);
    samples.push(performance.now() - start);
    if (Array.isArray(result) && result.length > 0) hits += 1;
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), hits };
}

function report(label: string, figures: { p50: number; p95: number; max: number; hits: number }): void {
  console.log(`  ${label.padEnd(28)} p50 ${ms(figures.p50)}  p95 ${ms(figures.p95)}  max ${ms(figures.max)}  (${figures.hits}/${QUERIES} with results)`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-bench-'));
  try {
    console.log(`catalog benchmark, ${ROWS} products, Node ${process.versions.node}`);
    const products = generate(ROWS);
    const file = join(dir, 'urunler.csv');
    const bytes = writeCsv(file, (from, to) => products.slice(from, to), ROWS);

    const floors: number[] = [];
    const dryRuns: number[] = [];
    const imports: number[] = [];
    let app: AppImport | null = null;
    for (let round = 1; round <= ROUNDS; round += 1) {
      floors.push(floor(file, join(dir, `floor-${round}.sqlite`)));
      app?.db.close();
      app = await appImport(file, join(dir, `app-${round}`));
      if (app.created !== ROWS || app.issues !== 0) throw new Error(`import made ${app.created} products with ${app.issues} issues`);
      dryRuns.push(app.dryRunMs);
      imports.push(app.importMs);
    }
    if (app === null) throw new Error('no rounds');
    const floorMs = median(floors);
    const ratio = (value: number) => `${(value / floorMs).toFixed(2)}× floor`;
    console.log(`CSV import of ${(bytes / 1e6).toFixed(1)} MB, ${ROWS} rows, median of ${ROUNDS} rounds (floor: read + split + insert into the same tables in one transaction, plain node:sqlite):`);
    console.log(`  floor    ${ms(floorMs)}   (rounds: ${floors.map((value) => value.toFixed(0)).join(', ')} ms)`);
    console.log(`  dry run  ${ms(median(dryRuns))}   ${ratio(median(dryRuns))}`);
    console.log(`  import   ${ms(median(imports))}   ${ratio(median(imports))}`);
    const both = dryRuns.map((dry, index) => dry + (imports[index] ?? 0));
    console.log(`  dry run + import ${ms(median(both))}   ${ratio(median(both))} (goal ≤ 2×)`);
    const catalog = app.catalog;
    const db = app.db;

    console.log(`the same file in a fresh process: ${importInFreshProcess(file)}`);
    if (BIG_ROWS > 0) bigImport(dir);

    const searches = queries(products);
    console.log(`search, ${QUERIES} mixed queries (word prefixes, two-word prefixes, whole words, barcode prefixes), limit 20:`);
    report('SQLite FTS5 (the app)', timeEach(searches, (query) => catalog.service.search(query, 20)));

    let start = performance.now();
    const mini = new MiniSearch<{ id: number; name: string }>({ fields: ['name'], processTerm: (term) => foldTurkish(term) });
    mini.addAll(products.map((product, index) => ({ id: index, name: product.name })));
    const miniBuild = performance.now() - start;
    report('MiniSearch (prefix, AND)', timeEach(searches, (query) => mini.search(query, { prefix: true, combineWith: 'AND' }).slice(0, 20)));
    console.log(`  MiniSearch index build ${ms(miniBuild)} (in memory, rebuilt at every start)`);

    start = performance.now();
    const flex = new FlexIndex({ tokenize: 'forward', encoder: { normalize: false }, resolution: 1 });
    products.forEach((product, index) => flex.add(index, foldTurkish(product.name)));
    const flexBuild = performance.now() - start;
    report('FlexSearch (forward)', timeEach(searches, (query) => flex.search(searchTokens(query).join(' '), { limit: 20 })));
    console.log(`  FlexSearch index build ${ms(flexBuild)} (in memory, rebuilt at every start)`);

    const sample = catalog.store.search('çikolata', 1)[0];
    if (sample === undefined) throw new Error('no product to sell');
    let basket: Basket = emptyBasket('00000000-0000-4000-8000-000000000000');
    for (let i = 0; i < 500; i += 1) {
      const line = lineFromProduct(sample, `l${i}`, 1000, null);
      if (!line.ok) throw new Error(line.error.message);
      const next = addLine(basket, line.value);
      if (!next.ok) throw new Error(next.error.message);
      basket = next.value;
    }
    const addSamples: number[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const t0 = performance.now();
      const line = lineFromProduct(sample, `extra${i}`, 1000, null);
      if (line.ok) {
        const next = addLine(basket, line.value);
        if (next.ok) basketTotals(next.value);
      }
      addSamples.push(performance.now() - t0);
    }
    console.log(`add a line to a 500-line basket (line + add + full totals): p50 ${ms(percentile(addSamples, 50))}, p95 ${ms(percentile(addSamples, 95))}`);

    // What the till does with each scan once its Enter arrives: read the entry text, look the code up.
    const perKeyMs = 3;
    let processing = 0;
    let errors = 0;
    for (let i = 0; i < 50; i += 1) {
      const expected = random.pick(products);
      const t0 = performance.now();
      const meaning = readEntry(expected.barcode);
      const found = meaning.kind === 'barcode' ? catalog.service.lookup(meaning.code) : null;
      processing += performance.now() - t0;
      if (found?.kind !== 'product' || found.product.barcodes[0] !== expected.barcode) errors += 1;
    }
    const typing = 50 * 14 * perKeyMs;
    console.log(
      `50 scanner bursts (13 digits + Enter, ${perKeyMs} ms/key) into ${ROWS} products: typing ${typing} ms, entry reading + lookup ${ms(processing)}, total ÷ typing = ${((typing + processing) / typing).toFixed(4)}, errors ${errors}`,
    );
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Imports `file` in a fresh process, so the peak memory printed is the import's alone. */
function importInFreshProcess(file: string): string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', __filename], {
    env: { ...process.env, CATALOG_BENCH_CHILD_FILE: file, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the import of ${file} failed:\n${child.stderr}`);
  return child.stdout.trim();
}

/** A 1M-row file: peak memory beside the 100k file's shows whether it grows with the file. */
function bigImport(dir: string): void {
  const file = join(dir, 'buyuk.csv');
  const big = seededRandom(11);
  const bytes = writeCsv(
    file,
    (from, to) =>
      Array.from({ length: to - from }, (_, offset) => ({
        barcode: withCheckDigit(`86${String(from + offset + 1).padStart(10, '0')}`),
        name: `${big.pick(BRANDS)} ${big.pick(FLAVOURS)} ${big.pick(NOUNS)} ${big.pick(SIZES)}`,
        priceKurus: big.int(100, 200_000),
        vatRate: big.pick([100, 1000, 2000]),
      })),
    BIG_ROWS,
  );
  console.log(`CSV import of ${(bytes / 1e6).toFixed(1)} MB, ${BIG_ROWS} rows, in a fresh process: ${importInFreshProcess(file)}`);
}

/** The child of `importInFreshProcess`: import the file, then print the times and the peak RSS. */
async function importInChild(file: string): Promise<void> {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const startRss = process.memoryUsage().rss;
  let sampled = startRss;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 20);
  const dir = mkdtempSync(join(tmpdir(), 'catalog-bench-big-'));
  try {
    const run = await appImport(file, dir);
    clearInterval(sampler);
    run.db.close();
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(
      `dry run ${ms(run.dryRunMs)}, import ${ms(run.importMs)}, ${run.created} created; RSS at start ${mb(startRss)}, sampled peak ${mb(sampled)}, peak (maxRSS) ${mb(peak)}`,
    );
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

const childFile = process.env.CATALOG_BENCH_CHILD_FILE;
void (childFile === undefined ? main() : importInChild(childFile));
