import { z } from 'zod';
import { parseUnit, unitCodeSchema } from '../../../shared/basket/units';
import type { ImportIssue } from '../../../shared/contract/catalog';
import { parseAmount } from '../../../shared/money';
import { errorMapFor } from '../../../shared/validation';
import type { ProductFields } from './catalogStore';
import type { CsvRecord } from './csv';
import { CsvSplitter } from './csv';
import type { FileEncoding } from './fileText';
import { readFileText } from './fileText';
import { JsonArraySplitter, JsonListProblem } from './jsonItems';
import { checkProductFields } from './productRules';
import { foldTurkish } from './turkishFold';

/**
 * Reads a product file (CSV from Turkish Excel, or JSON) into product fields and a
 * problem for every bad cell. Nothing here touches the database.
 */

type Column = 'barcodes' | 'name' | 'unit' | 'price' | 'vat' | 'department' | 'plu' | 'quickKey';

/** Header spellings, folded, that Turkish and English exports use. */
const HEADER_ALIASES: Readonly<Record<Column, readonly string[]>> = {
  barcodes: ['barkod', 'barkodlar', 'barcode', 'barcodes', 'ean'],
  name: ['urun adi', 'urun', 'ad', 'adi', 'stok adi', 'name', 'product'],
  unit: ['birim', 'unit'],
  price: ['fiyat', 'satis fiyati', 'price', 'kdv dahil fiyat'],
  vat: ['kdv', 'kdv orani', 'vat', 'vat rate'],
  department: ['kisim', 'departman', 'department'],
  plu: ['plu', 'plu no'],
  quickKey: ['hizli tus', 'kisayol', 'quick key', 'quickkey'],
};

/** The header each column gets on export, which the reader accepts back. */
export const EXPORT_HEADERS: Readonly<Record<Column, string>> = {
  barcodes: 'Barkod',
  name: 'Ürün Adı',
  unit: 'Birim',
  price: 'Fiyat',
  vat: 'KDV',
  department: 'Kısım',
  plu: 'PLU',
  quickKey: 'Hızlı Tuş',
};

const issue = (line: number, column: string, message: string, messageTr: string): ImportIssue => ({ line, column, message, messageTr });

/** Excel shows long numbers in scientific notation unless written as `="8690…"`; both forms are read. */
const unformula = (cell: string): string => cell.trim().replace(/^="(.*)"$/u, '$1');

const splitBarcodes = (cell: string): string[] =>
  unformula(cell)
    .split(/[,|\s]+/u)
    .map((code) => code.trim())
    .filter((code) => code !== '');

function readVat(cell: string): number | null {
  const text = cell.trim().replace(/^%|%$/gu, '').trim();
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.kurus : null;
}

function readOptionalInt(cell: string, min: number, max: number): number | null | 'bad' {
  const text = unformula(cell);
  if (text === '') return null;
  if (!/^\d+$/u.test(text)) return 'bad';
  const value = Number(text);
  return value >= min && value <= max ? value : 'bad';
}

interface CsvColumns {
  positions: Map<Column, number>;
  labels: Map<Column, string>;
}

const cellOf = (record: CsvRecord, columns: CsvColumns, column: Column): string => {
  const position = columns.positions.get(column);
  return position === undefined ? '' : (record.fields[position] ?? '');
};

/** One data row: its product fields when every cell is good, and an issue for each cell that is not. */
function readCsvRow(record: CsvRecord, columns: CsvColumns): { fields: ProductFields | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const bad = (column: Column, message: string, messageTr: string) =>
    issues.push(issue(record.line, columns.labels.get(column) ?? EXPORT_HEADERS[column], message, messageTr));

  const name = cellOf(record, columns, 'name').trim();
  if (name === '') bad('name', 'The product name is empty.', 'Ürün adı boş.');
  else if (name.length > 120) bad('name', 'The product name is longer than 120 characters.', 'Ürün adı 120 karakterden uzun.');

  const unitText = cellOf(record, columns, 'unit').trim();
  const unit = unitText === '' ? 'C62' : parseUnit(unitText);
  if (unit === null) {
    bad('unit', `Unknown unit "${unitText}"; use adet, kg, gr, lt, ml, m, m2, paket, kutu or a UN/ECE code such as C62 or KGM.`, `"${unitText}" birimi tanınmıyor; adet, kg, gr, lt, ml, m, m2, paket, kutu veya C62, KGM gibi bir UN/ECE kodu kullanın.`);
  }

  const priceText = cellOf(record, columns, 'price').trim();
  const price = parseAmount(priceText);
  if (!price.ok) {
    bad('price', `"${priceText}" is not a price; write it like 12,50 or 1.234,56.`, `"${priceText}" bir fiyat değil; 12,50 veya 1.234,56 gibi yazın.`);
  } else if (price.kurus > 100_000_000) {
    bad('price', 'The price is above 1.000.000,00 TL.', 'Fiyat 1.000.000,00 TL üzerinde.');
  }

  const vatText = cellOf(record, columns, 'vat').trim();
  const vat = readVat(vatText);
  if (vat === null) bad('vat', `"${vatText}" is not a VAT rate; write 0, 1, 10 or 20.`, `"${vatText}" bir KDV oranı değil; 0, 1, 10 veya 20 yazın.`);

  const department = readOptionalInt(cellOf(record, columns, 'department'), 1, 999);
  if (department === 'bad') bad('department', 'The department must be a whole number from 1 to 999, or empty.', 'Kısım 1 ile 999 arasında bir tam sayı olmalı veya boş bırakılmalı.');
  const plu = readOptionalInt(cellOf(record, columns, 'plu'), 1, 999_999);
  if (plu === 'bad') bad('plu', 'The PLU must be a whole number from 1 to 999999, or empty.', 'PLU 1 ile 999999 arasında bir tam sayı olmalı veya boş bırakılmalı.');
  const quickKey = readOptionalInt(cellOf(record, columns, 'quickKey'), 1, 200);
  if (quickKey === 'bad') bad('quickKey', 'The quick key must be a position from 1 to 200, or empty.', 'Hızlı tuş 1 ile 200 arasında bir konum olmalı veya boş bırakılmalı.');

  if (issues.length > 0 || unit === null || !price.ok || vat === null || department === 'bad' || plu === 'bad' || quickKey === 'bad') {
    return { fields: null, issues };
  }
  const fields: ProductFields = { name, barcodes: splitBarcodes(cellOf(record, columns, 'barcodes')), unit, priceKurus: price.kurus, vatRate: vat, department, plu, quickKey };
  const ruleIssues = checkProductFields(fields);
  for (const ruleIssue of ruleIssues) bad(FIELD_COLUMN[ruleIssue.field], ruleIssue.message, ruleIssue.messageTr);
  return { fields: ruleIssues.length === 0 ? fields : null, issues };
}

/** A file that cannot be read as a whole (no header row, not a JSON list…): no row of it counts. */
export class FileProblem extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.message);
  }
}

/** Which column is where, from the header row; every column a product needs must be there. */
function headerColumns(header: CsvRecord): CsvColumns {
  const positions = new Map<Column, number>();
  const labels = new Map<Column, string>();
  header.fields.forEach((raw, index) => {
    const folded = foldTurkish(raw.trim()).replace(/\s+/gu, ' ');
    const column = (Object.keys(HEADER_ALIASES) as Column[]).find((key) => HEADER_ALIASES[key].includes(folded));
    if (column !== undefined && !positions.has(column)) {
      positions.set(column, index);
      labels.set(column, raw.trim());
    }
  });
  const missing: Column[] = (['name', 'price', 'vat'] as const).filter((column) => !positions.has(column));
  if (!positions.has('barcodes') && !positions.has('plu')) missing.push('barcodes');
  if (missing.length > 0) {
    const names = missing.map((column) => EXPORT_HEADERS[column]).join(', ');
    throw new FileProblem(
      issue(
        header.line,
        '',
        `The header row lacks the column(s) ${names}. The first row must name the columns, e.g. Barkod;Ürün Adı;Birim;Fiyat;KDV.`,
        `Başlık satırında ${names} sütun(lar)ı yok. İlk satır sütun adlarını içermeli, ör. Barkod;Ürün Adı;Birim;Fiyat;KDV.`,
      ),
    );
  }
  return { positions, labels };
}

/** One data row of a product file: its fields when every cell is good, and a problem for each cell that is not. */
export interface ReadRow {
  line: number;
  fields: ProductFields | null;
  issues: ImportIssue[];
}

interface RowReader {
  push(text: string): ReadRow[];
  end(): ReadRow[];
}

/** CSV from Turkish Excel: a header row naming the columns, then one product a row. */
class CsvRows implements RowReader {
  readonly #splitter = new CsvSplitter();
  #columns: CsvColumns | null = null;

  push(text: string): ReadRow[] {
    return this.#read(this.#splitter.push(text));
  }

  end(): ReadRow[] {
    const rows = this.#read(this.#splitter.end());
    if (this.#columns === null) throw new FileProblem(issue(1, '', 'The file is empty.', 'Dosya boş.'));
    return rows;
  }

  #read(records: CsvRecord[]): ReadRow[] {
    const rows: ReadRow[] = [];
    for (const record of records) {
      if (this.#columns === null) this.#columns = headerColumns(record);
      else rows.push({ line: record.line, ...readCsvRow(record, this.#columns) });
    }
    return rows;
  }
}

const jsonProductSchema = z.object({
  name: z.string().trim().min(1).max(120),
  barcodes: z.array(z.string().trim()).max(20).default([]),
  unit: unitCodeSchema.default('C62'),
  priceKurus: z.number().int().min(0).max(100_000_000),
  vatRate: z.number().int().min(0).max(10_000),
  department: z.number().int().min(1).max(999).nullable().default(null),
  plu: z.number().int().min(1).max(999_999).nullable().default(null),
  quickKey: z.number().int().min(1).max(200).nullable().default(null),
});

/** JSON: a list of products in the export's own shape (prices in kuruş, VAT × 100). */
class JsonRows implements RowReader {
  readonly #splitter = new JsonArraySplitter();
  #line = 0;

  push(text: string): ReadRow[] {
    return this.#read(() => this.#splitter.push(text));
  }

  end(): ReadRow[] {
    return this.#read(() => this.#splitter.end());
  }

  #read(split: () => unknown[]): ReadRow[] {
    let items: unknown[];
    try {
      items = split();
    } catch (error) {
      if (!(error instanceof JsonListProblem)) throw error;
      throw new FileProblem(
        error.kind === 'not-a-list'
          ? issue(1, '', 'The JSON file must be a list of products: [ {...}, {...} ].', 'JSON dosyası bir ürün listesi olmalı: [ {...}, {...} ].')
          : issue(1, '', `The file is not valid JSON: ${error.reason}`, `Dosya geçerli bir JSON değil: ${error.reason}`),
      );
    }
    return items.map((item) => {
      this.#line += 1;
      return { line: this.#line, ...readJsonItem(item, this.#line) };
    });
  }
}

function readJsonItem(item: unknown, line: number): { fields: ProductFields | null; issues: ImportIssue[] } {
  const parsed = jsonProductSchema.safeParse(item, { error: errorMapFor('en') });
  if (!parsed.success) {
    const turkish = jsonProductSchema.safeParse(item, { error: errorMapFor('tr') });
    const issues = parsed.error.issues.map((problem, position) => {
      const column = problem.path.map(String).join('.');
      const messageTr = turkish.success ? problem.message : (turkish.error.issues[position]?.message ?? problem.message);
      return issue(line, column, `Item ${line}, "${column}": ${problem.message}`, `${line}. kayıt, "${column}": ${messageTr}`);
    });
    return { fields: null, issues };
  }
  const ruleIssues = checkProductFields(parsed.data);
  return {
    fields: ruleIssues.length === 0 ? parsed.data : null,
    issues: ruleIssues.map((ruleIssue) => issue(line, ruleIssue.field, ruleIssue.message, ruleIssue.messageTr)),
  };
}

export interface ProductRows {
  /** The rows of the next piece of the file, in file order, and the bytes read so far. */
  rows(rows: ReadRow[], bytesRead: number): void;
  /** Every row given so far is void: the file is read again from the start as Windows-1254. */
  restart(): void;
}

export interface ReadOutcome {
  encoding: FileEncoding;
  /** Set when the file as a whole cannot be read; then no row given counts. */
  problem: ImportIssue | null;
}

/**
 * Reads a product file piece by piece, handing its rows on as they are read, so memory
 * stays flat whatever the file's size. Nothing here touches the database.
 */
export async function readProductFile(path: string, format: 'csv' | 'json', sink: ProductRows): Promise<ReadOutcome> {
  let reader: RowReader = format === 'csv' ? new CsvRows() : new JsonRows();
  try {
    const encoding = await readFileText(path, {
      piece: (text, bytesRead) => sink.rows(reader.push(text), bytesRead),
      end: (text, bytesRead) => sink.rows([...reader.push(text), ...reader.end()], bytesRead),
      restart: () => {
        reader = format === 'csv' ? new CsvRows() : new JsonRows();
        sink.restart();
      },
    });
    return { encoding, problem: null };
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    return { encoding: 'utf-8', problem: error.issue };
  }
}

const FIELD_COLUMN: Readonly<Record<keyof ProductFields, Column>> = {
  barcodes: 'barcodes',
  name: 'name',
  unit: 'unit',
  priceKurus: 'price',
  vatRate: 'vat',
  department: 'department',
  plu: 'plu',
  quickKey: 'quickKey',
};

/** How an issue names a field: the CSV header the export writes, or the JSON key. */
export const columnName = (format: 'csv' | 'json', field: keyof ProductFields): string =>
  format === 'csv' ? EXPORT_HEADERS[FIELD_COLUMN[field]] : field;
