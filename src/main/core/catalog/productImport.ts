import type { ImportIssue } from '../../../shared/contract/catalog';
import type { CatalogStore, ProductFields } from './catalogStore';
import type { ProductRow, ReadProducts } from './productFile';
import { columnName } from './productFile';
import { findConflicts } from './productRules';

/**
 * What a read file would do to the catalog: each good row becomes a create, an update
 * (matched by barcode, or by PLU for products without one) or no change. Rows that
 * clash with the catalog or with an earlier row of the same file become issues.
 */
export interface PlannedRow {
  line: number;
  id: number | null;
  fields: ProductFields;
  action: 'create' | 'update' | 'unchanged';
}

export interface ImportPlan {
  rows: PlannedRow[];
  issues: ImportIssue[];
}

const sameFields = (a: ProductFields, b: ProductFields): boolean =>
  a.name === b.name &&
  a.unit === b.unit &&
  a.priceKurus === b.priceKurus &&
  a.vatRate === b.vatRate &&
  a.department === b.department &&
  a.plu === b.plu &&
  a.quickKey === b.quickKey &&
  [...a.barcodes].sort().join() === [...b.barcodes].sort().join();

export function planImport(store: CatalogStore, read: ReadProducts, format: 'csv' | 'json'): ImportPlan {
  const issues = [...read.issues];
  const rows: PlannedRow[] = [];
  const seenBarcodes = new Map<string, number>();
  const seenPlu = new Map<number, number>();
  const seenQuickKey = new Map<number, number>();

  const planRow = ({ line, fields }: ProductRow): void => {
    const bad = (field: keyof ProductFields, message: string, messageTr: string) =>
      issues.push({ line, column: columnName(format, field), message, messageTr });

    const earlier = fields.barcodes.map((code) => [code, seenBarcodes.get(code)] as const).find(([, seen]) => seen !== undefined);
    if (earlier !== undefined) {
      bad('barcodes', `Barcode ${earlier[0]} is already on line ${earlier[1]} of this file.`, `${earlier[0]} barkodu bu dosyanın ${earlier[1]}. satırında da var.`);
      return;
    }
    const earlierPlu = fields.plu === null ? undefined : seenPlu.get(fields.plu);
    if (earlierPlu !== undefined) {
      bad('plu', `PLU ${fields.plu} is already on line ${earlierPlu} of this file.`, `${fields.plu} PLU numarası bu dosyanın ${earlierPlu}. satırında da var.`);
      return;
    }
    const earlierKey = fields.quickKey === null ? undefined : seenQuickKey.get(fields.quickKey);
    if (earlierKey !== undefined) {
      bad('quickKey', `Quick key ${fields.quickKey} is already on line ${earlierKey} of this file.`, `${fields.quickKey} numaralı hızlı tuş bu dosyanın ${earlierKey}. satırında da var.`);
      return;
    }

    const owners = new Map(fields.barcodes.flatMap((code) => {
      const owner = store.byBarcode(code);
      return owner === undefined ? [] : [[owner.id, owner] as const];
    }));
    if (owners.size > 1) {
      const names = [...owners.values()].map((product) => `"${product.name}"`).join(' / ');
      bad('barcodes', `These barcodes belong to different products (${names}); one row cannot update both.`, `Bu barkodlar farklı ürünlere ait (${names}); tek satır ikisini birden güncelleyemez.`);
      return;
    }
    const existing = [...owners.values()][0] ?? (fields.barcodes.length === 0 && fields.plu !== null ? store.byPlu(fields.plu) : undefined);
    const id = existing?.id ?? null;
    const conflicts = findConflicts(store, id, fields);
    if (conflicts.length > 0) {
      for (const conflict of conflicts) bad(conflict.field, conflict.message, conflict.messageTr);
      return;
    }
    for (const code of fields.barcodes) seenBarcodes.set(code, line);
    if (fields.plu !== null) seenPlu.set(fields.plu, line);
    if (fields.quickKey !== null) seenQuickKey.set(fields.quickKey, line);
    const action = existing === undefined ? 'create' : sameFields(existing, fields) ? 'unchanged' : 'update';
    rows.push({ line, id, fields, action });
  };

  for (const row of read.rows) planRow(row);
  issues.sort((a, b) => a.line - b.line);
  return { rows, issues };
}
