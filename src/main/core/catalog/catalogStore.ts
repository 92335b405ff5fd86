import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { UnitCode } from '../../../shared/basket/units';
import { unitCodeSchema } from '../../../shared/basket/units';
import type { Product, ProductInput } from '../../../shared/contract/catalog';
import { AppFailure } from '../failure';
import type { Clock } from '../ports';
import { foldTurkish, searchTokens } from './turkishFold';
import { inTransaction } from '../storage/database';

const turkishOrder = new Intl.Collator('tr-TR');

interface ProductRow {
  id: number;
  name: string;
  unit: string;
  price_kurus: number;
  vat_rate: number;
  department: number | null;
  plu: number | null;
  quick_key: number | null;
  /** Space-separated, in no order. */
  barcodes: string | null;
}

/** Product fields without the id, as an import row or an edit carries them. */
export type ProductFields = Omit<ProductInput, 'id'>;

/** The temporary tables a checked import file was staged into (see `StagedImport`). */
export interface StagedTables {
  rows: string;
  barcodes: string;
}

/**
 * The product table and its indexes. Name search goes through FTS5 on the folded
 * name with prefix indexes, so a few typed letters stay fast at 100k products;
 * barcode search is a range scan on the barcode primary key.
 */
export class CatalogStore {
  readonly #db: DatabaseSync;
  readonly #clock: Clock;
  readonly #statements: Record<string, StatementSync>;
  #generation = 0;

  constructor(db: DatabaseSync, clock: Clock) {
    this.#db = db;
    this.#clock = clock;
    // Each product comes with its barcodes in the same row, one query per lookup.
    const columns =
      "p.id, p.name, p.unit, p.price_kurus, p.vat_rate, p.department, p.plu, p.quick_key, (SELECT group_concat(barcode, ' ') FROM catalog_barcodes WHERE product_id = p.id) AS barcodes";
    this.#statements = {
      byId: db.prepare(`SELECT ${columns} FROM catalog_products p WHERE p.id = ?`),
      // A subquery, not a join: SQLite opens a join's cursors even when the barcode is unknown, about five times the cost.
      byBarcode: db.prepare(`SELECT ${columns} FROM catalog_products p WHERE p.id = (SELECT product_id FROM catalog_barcodes WHERE barcode = ?)`),
      byPlu: db.prepare(`SELECT ${columns} FROM catalog_products p WHERE p.plu = ?`),
      byQuickKey: db.prepare(`SELECT ${columns} FROM catalog_products p WHERE p.quick_key = ?`),
      barcodePrefix: db.prepare(
        `SELECT ${columns} FROM catalog_barcodes b JOIN catalog_products p ON p.id = b.product_id WHERE b.barcode >= ? AND b.barcode < ? ORDER BY b.barcode LIMIT ?`,
      ),
      nameSearch: db.prepare(
        `SELECT ${columns} FROM catalog_search s JOIN catalog_products p ON p.id = s.rowid WHERE catalog_search MATCH ? LIMIT ?`,
      ),
      quickKeys: db.prepare(`SELECT ${columns} FROM catalog_products p WHERE p.quick_key IS NOT NULL ORDER BY p.quick_key`),
      all: db.prepare(`SELECT ${columns} FROM catalog_products p ORDER BY p.id`),
      insert: db.prepare(
        'INSERT INTO catalog_products (name, unit, price_kurus, vat_rate, department, plu, quick_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      update: db.prepare(
        'UPDATE catalog_products SET name = ?, unit = ?, price_kurus = ?, vat_rate = ?, department = ?, plu = ?, quick_key = ?, updated_at = ? WHERE id = ?',
      ),
      deleteBarcodes: db.prepare('DELETE FROM catalog_barcodes WHERE product_id = ?'),
      insertBarcode: db.prepare('INSERT INTO catalog_barcodes (barcode, product_id) VALUES (?, ?)'),
      deleteSearch: db.prepare('DELETE FROM catalog_search WHERE rowid = ?'),
      insertSearch: db.prepare('INSERT INTO catalog_search (rowid, folded) VALUES (?, ?)'),
      count: db.prepare('SELECT COUNT(*) AS n FROM catalog_products'),
      maxId: db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM catalog_products'),
    };
  }

  /** Goes up with every write, so work planned against the catalog can tell it has changed since. */
  get generation(): number {
    return this.#generation;
  }

  count(): number {
    return Number((this.#statement('count').get() as { n: number }).n);
  }

  get(id: number): Product | undefined {
    return this.#one(this.#statement('byId').get(id));
  }

  byBarcode(barcode: string): Product | undefined {
    return this.#one(this.#statement('byBarcode').get(barcode));
  }

  byPlu(plu: number): Product | undefined {
    return this.#one(this.#statement('byPlu').get(plu));
  }

  byQuickKey(position: number): Product | undefined {
    return this.#one(this.#statement('byQuickKey').get(position));
  }

  quickKeys(): Product[] {
    return this.#many(this.#statement('quickKeys').all());
  }

  all(): Product[] {
    return this.#many(this.#statement('all').all());
  }

  /**
   * Products for a search box: digits match barcodes by prefix and a PLU exactly;
   * words match every folded name word by prefix, in any order.
   */
  search(query: string, limit: number): Product[] {
    const found = new Map<number, Product>();
    const digits = query.trim();
    if (/^\d{1,14}$/u.test(digits)) {
      for (const product of this.#many(this.#statement('barcodePrefix').all(digits, `${digits}:`, limit))) found.set(product.id, product);
      const plu = this.byPlu(Number(digits));
      if (plu !== undefined) found.set(plu.id, plu);
    }
    const tokens = searchTokens(query);
    if (tokens.length > 0 && found.size < limit) {
      const match = tokens.map((token) => `"${token}"*`).join(' ');
      // Unranked on purpose: bm25 over every match of a two-letter prefix costs ~20 ms at 100k
      // products, the first matches ~1 ms (bench/catalog.ts). They are shown in Turkish order.
      const byName = this.#many(this.#statement('nameSearch').all(match, limit)).sort((a, b) => turkishOrder.compare(a.name, b.name));
      for (const product of byName) {
        if (found.size >= limit) break;
        found.set(product.id, product);
      }
    }
    return [...found.values()];
  }

  /** Creates or replaces one product with its barcodes and search entry; the caller checks conflicts and runs the transaction. */
  write(id: number | null, fields: ProductFields): number {
    this.#generation += 1;
    const at = new Date(this.#clock.now()).toISOString();
    const values = [fields.name, fields.unit, fields.priceKurus, fields.vatRate, fields.department, fields.plu, fields.quickKey, at] as const;
    let productId: number;
    if (id === null) {
      productId = Number(this.#statement('insert').run(...values).lastInsertRowid);
    } else {
      this.#statement('update').run(...values, id);
      this.#statement('deleteBarcodes').run(id);
      this.#statement('deleteSearch').run(id);
      productId = id;
    }
    for (const barcode of fields.barcodes) this.#statement('insertBarcode').run(barcode, productId);
    this.#statement('insertSearch').run(productId, foldTurkish(fields.name));
    return productId;
  }

  /**
   * Lands a checked import: updates, then creates with ids after the highest, then their
   * barcodes and search entries, each one statement over the staged rows so the work is
   * SQLite's, not a loop here. The caller runs the transaction and checked that the
   * catalog has not changed since the rows were staged.
   */
  writeStaged(tables: StagedTables): { created: number; updated: number } {
    this.#generation += 1;
    const at = new Date(this.#clock.now()).toISOString();
    const base = Number((this.#statement('maxId').get() as { id: number }).id);
    const { rows, barcodes } = tables;
    const changedIds = `SELECT product_id FROM ${rows} WHERE action = 'update'`;
    const updated = this.#db
      .prepare(
        `UPDATE catalog_products AS p SET name = r.name, unit = r.unit, price_kurus = r.price_kurus, vat_rate = r.vat_rate,
           department = r.department, plu = r.plu, quick_key = r.quick_key, updated_at = ?
         FROM ${rows} AS r WHERE r.action = 'update' AND p.id = r.product_id`,
      )
      .run(at).changes;
    this.#db.exec(`DELETE FROM catalog_barcodes WHERE product_id IN (${changedIds}); DELETE FROM catalog_search WHERE rowid IN (${changedIds});`);
    const created = this.#db
      .prepare(
        `INSERT INTO catalog_products (id, name, unit, price_kurus, vat_rate, department, plu, quick_key, updated_at)
         SELECT ? + seq, name, unit, price_kurus, vat_rate, department, plu, quick_key, ? FROM ${rows} WHERE action = 'create' ORDER BY line`,
      )
      .run(base, at).changes;
    this.#db
      .prepare(
        `INSERT INTO catalog_barcodes (barcode, product_id)
         SELECT b.barcode, COALESCE(r.product_id, ? + r.seq) FROM ${barcodes} AS b JOIN ${rows} AS r ON r.line = b.line WHERE r.action <> 'unchanged'`,
      )
      .run(base);
    this.#db
      .prepare(`INSERT INTO catalog_search (rowid, folded) SELECT COALESCE(product_id, ? + seq), folded FROM ${rows} WHERE action <> 'unchanged' ORDER BY line`)
      .run(base);
    return { created: Number(created), updated: Number(updated) };
  }

  /** Runs `work` in one transaction: all of it lands or none of it does. */
  transaction<T>(work: () => T): T {
    return inTransaction(this.#db, work);
  }

  #statement(name: string): StatementSync {
    const statement = this.#statements[name];
    if (statement === undefined) throw new Error(`No prepared statement ${name}`);
    return statement;
  }

  #one(row: unknown): Product | undefined {
    return row === undefined ? undefined : toProduct(row as ProductRow);
  }

  #many(rows: unknown[]): Product[] {
    return (rows as ProductRow[]).map(toProduct);
  }
}

function toProduct(row: ProductRow): Product {
  const unit = unitCodeSchema.safeParse(row.unit);
  if (!unit.success) {
    throw new AppFailure(
      'catalog.corrupt-unit',
      `Product ${row.id} has an unknown unit "${row.unit}" in the database.`,
      `${row.id} numaralı ürünün veritabanındaki birimi tanınmıyor: "${row.unit}".`,
    );
  }
  const code: UnitCode = unit.data;
  return {
    id: Number(row.id),
    name: row.name,
    barcodes: row.barcodes === null ? [] : row.barcodes.split(' ').sort(),
    unit: code,
    priceKurus: Number(row.price_kurus),
    vatRate: Number(row.vat_rate),
    department: row.department === null ? null : Number(row.department),
    plu: row.plu === null ? null : Number(row.plu),
    quickKey: row.quick_key === null ? null : Number(row.quick_key),
  };
}
