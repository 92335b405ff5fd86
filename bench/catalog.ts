import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { catalogMigrations } from '../src/main/core/catalog/catalogMigrations';
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
 * Catalog figures on this machine: a 100k-row CSV import, search-as-you-type p95 over
 * 100k products next to MiniSearch and FlexSearch on the same names, adding a line to
 * a 500-line basket, and 50 scanner bursts into the 100k catalog.
 * Run: npx tsx bench/catalog.ts   (CATALOG_BENCH_ROWS to change the size)
 */
const ROWS = Number(process.env.CATALOG_BENCH_ROWS ?? 100_000);
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

function toCsv(products: readonly Generated[]): Uint8Array {
  const price = (kurus: number) => `${Math.floor(kurus / 100)},${String(kurus % 100).padStart(2, '0')}`;
  const lines = products.map((p) => `${p.barcode};${p.name};adet;${price(p.priceKurus)};${p.vatRate / 100}`);
  return new TextEncoder().encode(`\ufeffBarkod;Ürün Adı;Birim;Fiyat;KDV\r\n${lines.join('\r\n')}\r\n`);
}

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

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-bench-'));
  try {
    console.log(`catalog benchmark, ${ROWS} products, Node ${process.versions.node}`);
    const products = generate(ROWS);
    const csv = toCsv(products);
    const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [catalogMigrations] });
    const catalog = createCatalogModule({
      db,
      clock: { now: () => Date.now() },
      audit: { record: () => undefined },
      authorize: () => ({ actorId: 'bench', approverId: null }),
      sent: { wasSent: () => false },
      changed: () => undefined,
    });

    let start = performance.now();
    const preview = catalog.service.importPreview('csv', 'bench.csv', csv);
    const previewMs = performance.now() - start;
    start = performance.now();
    const imported = catalog.service.importConfirm(preview.importId, false, undefined);
    const confirmMs = performance.now() - start;
    console.log(`CSV import of ${(csv.length / 1e6).toFixed(1)} MB: dry run ${ms(previewMs)}, confirm ${ms(confirmMs)}, total ${ms(previewMs + confirmMs)} (${imported.created} created, ${preview.issueCount} issues)`);

    const searches = queries(products);
    console.log(`search, ${QUERIES} mixed queries (word prefixes, two-word prefixes, whole words, barcode prefixes), limit 20:`);
    report('SQLite FTS5 (the app)', timeEach(searches, (query) => catalog.service.search(query, 20)));

    start = performance.now();
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

main();
