import { z } from 'zod';
import { basketSchema } from '../basket/model';
import { unitCodeSchema } from '../basket/units';
import { scaleLabelRuleSchema } from '../barcode/scaleLabel';
import { call, domain, event } from './define';

/** A product as the till sees it: VAT-included price in kuruş, VAT rate as percent × 100. */
export const productSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  barcodes: z.array(z.string()),
  unit: unitCodeSchema,
  priceKurus: z.number().int().min(0),
  vatRate: z.number().int().min(0).max(10_000),
  /** Device department (kısım) forced for this product; null: chosen by VAT rate. */
  department: z.number().int().nullable(),
  plu: z.number().int().nullable(),
  /** Position in the quick-key grid, 1 = top left. */
  quickKey: z.number().int().nullable(),
});
export type Product = z.infer<typeof productSchema>;

export const productInputSchema = z.object({
  /** null creates a product. */
  id: z.number().int().nullable(),
  name: z.string().trim().min(1).max(120),
  barcodes: z.array(z.string().trim()).max(20),
  unit: unitCodeSchema,
  priceKurus: z.number().int().min(0).max(100_000_000),
  vatRate: z.number().int().min(0).max(10_000),
  department: z.number().int().min(1).max(999).nullable(),
  plu: z.number().int().min(1).max(999_999).nullable(),
  quickKey: z.number().int().min(1).max(200).nullable(),
});
export type ProductInput = z.infer<typeof productInputSchema>;

export const lookupResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('product'), code: z.string(), product: productSchema }),
  z.object({
    kind: z.literal('scale-label'),
    code: z.string(),
    product: productSchema,
    label: z.discriminatedUnion('embedded', [
      z.object({ embedded: z.literal('weight'), plu: z.number().int(), weightGrams: z.number().int(), prefix: z.string() }),
      z.object({ embedded: z.literal('price'), plu: z.number().int(), priceKurus: z.number().int(), prefix: z.string() }),
    ]),
  }),
  /** Well-formed but not in the catalog: offer "add product" to permitted users. */
  z.object({ kind: z.literal('unknown'), code: z.string(), message: z.string(), messageTr: z.string() }),
  /** Not a readable barcode (wrong check digit, length): a misread, never an item. */
  z.object({ kind: z.literal('invalid'), code: z.string(), message: z.string(), messageTr: z.string() }),
]);
export type LookupResult = z.infer<typeof lookupResultSchema>;

export const importIssueSchema = z.object({
  /** Line in a CSV file (the header is line 1), item number in a JSON array. */
  line: z.number().int(),
  column: z.string(),
  message: z.string(),
  messageTr: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const fileFormatSchema = z.enum(['csv', 'json']);

/**
 * A product file main holds for an import: chosen in main's file dialog (Electron) or
 * uploaded to the web harness. The renderer only ever sees this opaque handle, never
 * a path; a handle serves one dry run.
 */
export const importFileSchema = z.object({
  fileHandle: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  /** Guessed from the name (`.json`, else CSV); the dry run may be asked for the other. */
  format: fileFormatSchema,
});
export type ImportFile = z.infer<typeof importFileSchema>;

const fileHandleSchema = z.string().regex(/^[0-9a-f]{32}$/u);

export const importPreviewSchema = z.object({
  importId: z.string(),
  rows: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  /** Every bad row, up to `MAX_LISTED_ISSUES`; `issueCount` is the full count. */
  issues: z.array(importIssueSchema),
  issueCount: z.number().int(),
  encoding: z.string(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const exportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

export const parkedBasketSummarySchema = z.object({
  basketId: z.string(),
  label: z.string(),
  parkedAt: z.string(),
  lineCount: z.number().int(),
  totalKurus: z.number().int(),
});
export type ParkedBasketSummary = z.infer<typeof parkedBasketSummarySchema>;

const approval = z.string().min(1).max(200).optional();
const none = z.undefined();

export const catalogCalls = {
  'catalog.search': call(z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(100).default(20) }).strict(), z.array(productSchema)),
  'catalog.lookup': call(z.object({ code: z.string().trim().min(1).max(64) }).strict(), lookupResultSchema),
  'catalog.quickKeys': call(none, z.array(productSchema)),
  'catalog.scaleLabelRules': call(none, z.array(scaleLabelRuleSchema)),
  'catalog.upsert': call(z.object({ product: productInputSchema, approvalToken: approval }).strict(), productSchema),
  /** Opens main's file dialog; null when it was closed without a choice. */
  'catalog.chooseImportFile': call(none, importFileSchema.nullable()),
  /** Reads the file and reports what importing it would do; nothing is written. */
  'catalog.importPreview': call(z.object({ fileHandle: fileHandleSchema, format: fileFormatSchema }).strict(), importPreviewSchema),
  'catalog.importConfirm': call(
    z.object({ importId: z.string().min(1), skipBadRows: z.boolean(), approvalToken: approval }).strict(),
    z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int() }),
  ),
  'catalog.export': call(z.object({ format: fileFormatSchema }).strict(), exportFileSchema),
  'basket.park': call(z.object({ basket: basketSchema, label: z.string().trim().max(60).default('') }).strict(), parkedBasketSummarySchema),
  'basket.listParked': call(none, z.array(parkedBasketSummarySchema)),
  'basket.recall': call(z.object({ basketId: z.string().min(1) }).strict(), basketSchema),
};

export const catalogChangeSchema = z.object({ reason: z.enum(['product', 'import']), count: z.number().int() });
export type CatalogChange = z.infer<typeof catalogChangeSchema>;

/** How far a dry run (`checking`) or an import (`writing`) has come; `done` closes either. */
export const importProgressSchema = z.object({
  phase: z.enum(['checking', 'writing', 'done']),
  fileName: z.string(),
  bytesDone: z.number().int(),
  totalBytes: z.number().int(),
  rowsDone: z.number().int(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

export const catalogEvents = {
  /** Products changed (an edit or an import): search results and quick keys should be fetched again. */
  'catalog.changed': event(catalogChangeSchema),
  'catalog.importProgress': event(importProgressSchema),
};

export const catalogContract = domain({ calls: catalogCalls, events: catalogEvents });
