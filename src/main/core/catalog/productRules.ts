import { checkGtin, describeGtinProblem } from '../../../shared/barcode/gtin';
import type { CatalogStore, ProductFields } from './catalogStore';

/** VAT rates in force since 10 July 2023 (Decree 7346), percent × 100. */
export const VAT_RATES = [0, 100, 1000, 2000] as const;

export interface FieldIssue {
  field: keyof ProductFields;
  message: string;
  messageTr: string;
}

/** Whatever makes these fields unsellable on their own, one issue per field at fault. */
export function checkProductFields(fields: ProductFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const barcode of fields.barcodes) {
    const check = checkGtin(barcode);
    if (!check.ok) {
      const problem = describeGtinProblem(barcode, check);
      issues.push({ field: 'barcodes', message: problem.message, messageTr: problem.messageTr });
    }
  }
  if (new Set(fields.barcodes).size !== fields.barcodes.length) {
    issues.push({ field: 'barcodes', message: 'The same barcode is listed twice.', messageTr: 'Aynı barkod iki kez yazılmış.' });
  }
  if (fields.barcodes.length === 0 && fields.plu === null) {
    issues.push({
      field: 'barcodes',
      message: 'A product needs a barcode or a PLU so it can be scanned or weighed.',
      messageTr: 'Ürünün okutulabilmesi veya tartılabilmesi için barkodu ya da PLU numarası olmalı.',
    });
  }
  if (!(VAT_RATES as readonly number[]).includes(fields.vatRate)) {
    issues.push({
      field: 'vatRate',
      message: `VAT ${fields.vatRate / 100}% is not in force; use 0, 1, 10 or 20 (rates since 10 July 2023).`,
      messageTr: `%${fields.vatRate / 100} KDV oranı yürürlükte değil; 0, 1, 10 veya 20 kullanın (10 Temmuz 2023'ten beri geçerli oranlar).`,
    });
  }
  return issues;
}

/** Barcodes, PLU or quick key already held by another product. */
export function findConflicts(store: CatalogStore, id: number | null, fields: ProductFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const barcode of fields.barcodes) {
    const owner = store.byBarcode(barcode);
    if (owner !== undefined && owner.id !== id) {
      issues.push({
        field: 'barcodes',
        message: `Barcode ${barcode} already belongs to "${owner.name}".`,
        messageTr: `${barcode} barkodu zaten "${owner.name}" ürününde kayıtlı.`,
      });
    }
  }
  return [...issues, ...findKeyConflicts(store, id, fields)];
}

/** The PLU or quick key already held by another product (an import has settled barcodes itself). */
export function findKeyConflicts(store: CatalogStore, id: number | null, fields: ProductFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (fields.plu !== null) {
    const owner = store.byPlu(fields.plu);
    if (owner !== undefined && owner.id !== id) {
      issues.push({ field: 'plu', message: `PLU ${fields.plu} already belongs to "${owner.name}".`, messageTr: `${fields.plu} PLU numarası zaten "${owner.name}" ürününde.` });
    }
  }
  if (fields.quickKey !== null) {
    const owner = store.byQuickKey(fields.quickKey);
    if (owner !== undefined && owner.id !== id) {
      issues.push({
        field: 'quickKey',
        message: `Quick key ${fields.quickKey} is already "${owner.name}".`,
        messageTr: `${fields.quickKey} numaralı hızlı tuş zaten "${owner.name}".`,
      });
    }
  }
  return issues;
}
