import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { ImportIssue } from '../../../shared/contract/catalog';
import type { CatalogStore, ProductFields, StagedTables } from './catalogStore';
import type { ReadRow } from './productFile';
import { columnName } from './productFile';
import { findKeyConflicts } from './productRules';
import { foldTurkish } from './turkishFold';

/** Issues beyond this many are counted but not listed, so a wrong file cannot flood the screen or the IPC channel. */
export const MAX_LISTED_ISSUES = 2000;

export interface ImportSummary {
  /** Data rows read, good and bad. */
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  /** The first `MAX_LISTED_ISSUES` issues, in file order. */
  issues: ImportIssue[];
  issueCount: number;
  /** Rows with at least one issue. */
  badRows: number;
}

type Action = 'create' | 'update' | 'unchanged';

const sameFields = (a: ProductFields, b: ProductFields): boolean =>
  a.name === b.name &&
  a.unit === b.unit &&
  a.priceKurus === b.priceKurus &&
  a.vatRate === b.vatRate &&
  a.department === b.department &&
  a.plu === b.plu &&
  a.quickKey === b.quickKey &&
  [...a.barcodes].sort().join() === [...b.barcodes].sort().join();

let stagings = 0;

/**
 * What a product file would do to the catalog, worked out row by row as the file is
 * read: each good row becomes a create, an update (matched by barcode, or by PLU for
 * products without one) or no change; rows that clash with the catalog or with an
 * earlier row of the same file become issues. The rows wait in temporary tables, not
 * in memory, and `CatalogStore.writeStaged` lands them in one statement per table.
 * The dry run is this staging; the import writes what it staged.
 */
export class StagedImport {
  readonly tables: StagedTables;
  /** The catalog's generation when staging began; the import is refused if it moved. */
  readonly generation: number;
  readonly #db: DatabaseSync;
  readonly #store: CatalogStore;
  readonly #format: 'csv' | 'json';
  readonly #statements: {
    barcode: StatementSync;
    pluLine: StatementSync;
    quickKeyLine: StatementSync;
    productLine: StatementSync;
    insertRow: StatementSync;
    insertBarcode: StatementSync;
  };
  #counts: Record<Action, number> = { create: 0, update: 0, unchanged: 0 };
  #issues: ImportIssue[] = [];
  #issueCount = 0;
  #badRows = 0;
  #lastBadLine = -1;

  constructor(db: DatabaseSync, store: CatalogStore, format: 'csv' | 'json') {
    stagings += 1;
    this.tables = { rows: `temp.import_rows_${stagings}`, barcodes: `temp.import_barcodes_${stagings}` };
    this.generation = store.generation;
    this.#db = db;
    this.#store = store;
    this.#format = format;
    const { rows, barcodes } = this.tables;
    const bare = rows.slice('temp.'.length);
    db.exec(`
      CREATE TABLE ${rows} (
        line INTEGER PRIMARY KEY,
        product_id INTEGER,
        seq INTEGER,
        action TEXT NOT NULL,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        price_kurus INTEGER NOT NULL,
        vat_rate INTEGER NOT NULL,
        department INTEGER,
        plu INTEGER,
        quick_key INTEGER,
        folded TEXT NOT NULL
      );
      CREATE INDEX ${rows}_plu ON ${bare} (plu) WHERE plu IS NOT NULL;
      CREATE INDEX ${rows}_quick_key ON ${bare} (quick_key) WHERE quick_key IS NOT NULL;
      CREATE INDEX ${rows}_product ON ${bare} (product_id) WHERE product_id IS NOT NULL;
      CREATE TABLE ${barcodes} (barcode TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;
    `);
    this.#statements = {
      // Both questions about a barcode in one call: an earlier line of this file, and the product holding it now.
      barcode: db.prepare(`SELECT (SELECT line FROM ${barcodes} WHERE barcode = ?1) AS line, (SELECT product_id FROM catalog_barcodes WHERE barcode = ?1) AS owner`),
      pluLine: db.prepare(`SELECT line FROM ${rows} WHERE plu = ?`),
      quickKeyLine: db.prepare(`SELECT line FROM ${rows} WHERE quick_key = ?`),
      productLine: db.prepare(`SELECT line FROM ${rows} WHERE product_id = ?`),
      insertRow: db.prepare(
        `INSERT INTO ${rows} (line, product_id, seq, action, name, unit, price_kurus, vat_rate, department, plu, quick_key, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertBarcode: db.prepare(`INSERT INTO ${barcodes} (barcode, line) VALUES (?, ?)`),
    };
  }

  /** Plans the rows of one piece of the file, in one transaction. */
  add(rows: readonly ReadRow[]): void {
    if (rows.length === 0) return;
    this.#store.transaction(() => {
      for (const row of rows) {
        for (const issue of row.issues) this.#issue(issue);
        if (row.fields !== null) this.#plan(row.line, row.fields);
      }
    });
  }

  /** Forgets everything staged: the file is being read again from its start. */
  restart(): void {
    const { rows, barcodes } = this.tables;
    this.#db.exec(`DELETE FROM ${rows}; DELETE FROM ${barcodes};`);
    this.#counts = { create: 0, update: 0, unchanged: 0 };
    this.#issues = [];
    this.#issueCount = 0;
    this.#badRows = 0;
    this.#lastBadLine = -1;
  }

  /** The file as a whole cannot be read: nothing of it counts but this one issue. */
  fail(problem: ImportIssue): void {
    this.restart();
    this.#issue(problem);
  }

  /** Data rows read so far, good and bad. */
  get rowsRead(): number {
    const { create, update, unchanged } = this.#counts;
    return create + update + unchanged + this.#badRows;
  }

  summary(): ImportSummary {
    const { create, update, unchanged } = this.#counts;
    return {
      rows: this.rowsRead,
      creates: create,
      updates: update,
      unchanged,
      issues: [...this.#issues],
      issueCount: this.#issueCount,
      badRows: this.#badRows,
    };
  }

  drop(): void {
    this.#db.exec(`DROP TABLE IF EXISTS ${this.tables.rows}; DROP TABLE IF EXISTS ${this.tables.barcodes};`);
  }

  #issue(issue: ImportIssue): void {
    this.#issueCount += 1;
    if (issue.line !== this.#lastBadLine) {
      this.#badRows += 1;
      this.#lastBadLine = issue.line;
    }
    if (this.#issues.length < MAX_LISTED_ISSUES) this.#issues.push(issue);
  }

  #bad(line: number, field: keyof ProductFields, message: string, messageTr: string): void {
    this.#issue({ line, column: columnName(this.#format, field), message, messageTr });
  }

  #earlierLine(statement: StatementSync, value: number): number | undefined {
    const row = statement.get(value) as { line: number } | undefined;
    return row === undefined ? undefined : Number(row.line);
  }

  #plan(line: number, fields: ProductFields): void {
    const owners = new Set<number>();
    for (const code of fields.barcodes) {
      const found = this.#statements.barcode.get(code) as { line: number | null; owner: number | null };
      if (found.line !== null) {
        this.#bad(line, 'barcodes', `Barcode ${code} is already on line ${found.line} of this file.`, `${code} barkodu bu dosyanın ${found.line}. satırında da var.`);
        return;
      }
      if (found.owner !== null) owners.add(Number(found.owner));
    }
    const earlierPlu = fields.plu === null ? undefined : this.#earlierLine(this.#statements.pluLine, fields.plu);
    if (earlierPlu !== undefined) {
      this.#bad(line, 'plu', `PLU ${fields.plu} is already on line ${earlierPlu} of this file.`, `${fields.plu} PLU numarası bu dosyanın ${earlierPlu}. satırında da var.`);
      return;
    }
    const earlierKey = fields.quickKey === null ? undefined : this.#earlierLine(this.#statements.quickKeyLine, fields.quickKey);
    if (earlierKey !== undefined) {
      this.#bad(line, 'quickKey', `Quick key ${fields.quickKey} is already on line ${earlierKey} of this file.`, `${fields.quickKey} numaralı hızlı tuş bu dosyanın ${earlierKey}. satırında da var.`);
      return;
    }
    if (owners.size > 1) {
      const names = [...owners].map((id) => `"${this.#store.get(id)?.name ?? id}"`).join(' / ');
      this.#bad(line, 'barcodes', `These barcodes belong to different products (${names}); one row cannot update both.`, `Bu barkodlar farklı ürünlere ait (${names}); tek satır ikisini birden güncelleyemez.`);
      return;
    }
    const [byBarcode] = owners;
    const byPlu = byBarcode === undefined && fields.barcodes.length === 0 && fields.plu !== null ? this.#store.byPlu(fields.plu)?.id : undefined;
    const existing = byBarcode ?? byPlu;
    const product = existing === undefined ? undefined : this.#store.get(existing);
    if (product !== undefined) {
      const earlier = this.#earlierLine(this.#statements.productLine, product.id);
      if (earlier !== undefined) {
        this.#bad(
          line,
          byPlu === undefined ? 'barcodes' : 'plu',
          `This row is the same product as line ${earlier} ("${product.name}"); a product may be on one line of a file only.`,
          `Bu satır ${earlier}. satırdaki ürünle ("${product.name}") aynı; bir ürün dosyada yalnızca bir satırda olabilir.`,
        );
        return;
      }
    }
    const conflicts = findKeyConflicts(this.#store, product?.id ?? null, fields);
    if (conflicts.length > 0) {
      for (const conflict of conflicts) this.#bad(line, conflict.field, conflict.message, conflict.messageTr);
      return;
    }

    const action: Action = product === undefined ? 'create' : sameFields(product, fields) ? 'unchanged' : 'update';
    this.#counts[action] += 1;
    this.#statements.insertRow.run(
      line,
      product === undefined ? null : product.id,
      action === 'create' ? this.#counts.create : null,
      action,
      fields.name,
      fields.unit,
      fields.priceKurus,
      fields.vatRate,
      fields.department,
      fields.plu,
      fields.quickKey,
      action === 'unchanged' ? '' : foldTurkish(fields.name),
    );
    for (const code of fields.barcodes) this.#statements.insertBarcode.run(code, line);
  }
}
