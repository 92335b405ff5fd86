import { z } from 'zod';
import { parseUnit, unitCodeSchema } from '../../../shared/basket/units';
import type { ImportIssue } from '../../../shared/contract/catalog';
import { parseAmount } from '../../../shared/money';
import { errorMapFor } from '../../../shared/validation';
import type { ProductFields } from './catalogStore';
import type { CsvRecord } from './csv';
import { detectDelimiter, parseCsv } from './csv';
import { checkProductFields } from './productRules';
import { foldTurkish } from './turkishFold';

/**
 * Reads a product file (CSV from Turkish Excel, or JSON) into product fields and a
 * list of every bad row. Nothing here touches the database.
 */

export interface ProductRow {
  line: number;
  fields: ProductFields;
}

export interface ReadProducts {
  encoding: string;
  rows: ProductRow[];
  issues: ImportIssue[];
}

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

/** Excel writes UTF-8 with a BOM, UTF-16 for "Unicode text", and Windows-1254 for plain "CSV" on Turkish Windows. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1254').decode(bytes), encoding: 'windows-1254' };
  }
}

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

export function readCsv(bytes: Uint8Array): ReadProducts {
  const { text, encoding } = decodeText(bytes);
  const records = parseCsv(text, detectDelimiter(text));
  const [header, ...body] = records;
  if (header === undefined) {
    return { encoding, rows: [], issues: [issue(1, '', 'The file is empty.', 'Dosya boş.')] };
  }
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
    return {
      encoding,
      rows: [],
      issues: [
        issue(
          1,
          '',
          `The header row lacks the column(s) ${names}. The first row must name the columns, e.g. Barkod;Ürün Adı;Birim;Fiyat;KDV.`,
          `Başlık satırında ${names} sütun(lar)ı yok. İlk satır sütun adlarını içermeli, ör. Barkod;Ürün Adı;Birim;Fiyat;KDV.`,
        ),
      ],
    };
  }

  const columns: CsvColumns = { positions, labels };
  const rows: ProductRow[] = [];
  const issues: ImportIssue[] = [];
  for (const record of body) {
    const read = readCsvRow(record, columns);
    if (read.fields !== null) rows.push({ line: record.line, fields: read.fields });
    issues.push(...read.issues);
  }
  return { encoding, rows, issues };
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

/** JSON: an array of products in the export's own shape (prices in kuruş, VAT × 100). */
export function readJson(bytes: Uint8Array): ReadProducts {
  const { text, encoding } = decodeText(bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { encoding, rows: [], issues: [issue(1, '', `The file is not valid JSON: ${reason}`, `Dosya geçerli bir JSON değil: ${reason}`)] };
  }
  if (!Array.isArray(data)) {
    return { encoding, rows: [], issues: [issue(1, '', 'The JSON file must be a list of products: [ {...}, {...} ].', 'JSON dosyası bir ürün listesi olmalı: [ {...}, {...} ].')] };
  }
  const rows: ProductRow[] = [];
  const issues: ImportIssue[] = [];
  data.forEach((item: unknown, index) => {
    const line = index + 1;
    const parsed = jsonProductSchema.safeParse(item, { error: errorMapFor('en') });
    if (!parsed.success) {
      const turkish = jsonProductSchema.safeParse(item, { error: errorMapFor('tr') });
      parsed.error.issues.forEach((problem, position) => {
        const column = problem.path.map(String).join('.');
        const messageTr = turkish.success ? problem.message : (turkish.error.issues[position]?.message ?? problem.message);
        issues.push(issue(line, column, `Item ${line}, "${column}": ${problem.message}`, `${line}. kayıt, "${column}": ${messageTr}`));
      });
      return;
    }
    const ruleIssues = checkProductFields(parsed.data);
    if (ruleIssues.length === 0) rows.push({ line, fields: parsed.data });
    for (const ruleIssue of ruleIssues) issues.push(issue(line, ruleIssue.field, ruleIssue.message, ruleIssue.messageTr));
  });
  return { encoding, rows, issues };
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
