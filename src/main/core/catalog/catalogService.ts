import { randomUUID } from 'node:crypto';
import { checkGtin, describeGtinProblem } from '../../../shared/barcode/gtin';
import type { ScaleLabelRule } from '../../../shared/barcode/scaleLabel';
import { DEFAULT_SCALE_LABEL_RULES, parseScaleLabel } from '../../../shared/barcode/scaleLabel';
import type { CatalogChange, ImportPreview, LookupResult, Product, ProductInput } from '../../../shared/contract/catalog';
import type { AuditSink } from '../auth/ports';
import { AppFailure } from '../failure';
import type { Clock } from '../ports';
import type { CatalogStore } from './catalogStore';
import type { ReadProducts } from './productFile';
import { readCsv, readJson } from './productFile';
import { productsToCsv, productsToJson } from './productExport';
import type { ImportPlan } from './productImport';
import { planImport } from './productImport';
import { checkProductFields, findConflicts } from './productRules';

/** Who may change the catalog; throws an AppFailure when nobody with the right did. */
/** `target` names what the edit changes (the product's name, the import), which a manager's approval is bound to. */
export type AuthorizeCatalogEdit = (
  operation: 'catalog.upsert' | 'catalog.importConfirm',
  target: string,
  approvalToken: string | undefined,
) => { actorId: string | null; approverId: string | null };

export interface CatalogServiceDeps {
  store: CatalogStore;
  authorize: AuthorizeCatalogEdit;
  audit: AuditSink;
  clock: Clock;
  scaleLabelRules?: readonly ScaleLabelRule[];
  /** Told after every committed change, so the till can refresh what it shows. */
  changed?: (change: CatalogChange) => void;
}

/** Issues beyond this many are counted but not listed, so a wrong file cannot flood the screen or the IPC channel. */
export const MAX_LISTED_ISSUES = 2000;
const PREVIEW_TTL_MS = 30 * 60_000;
const MAX_PENDING_PREVIEWS = 3;

interface PendingImport {
  plan: ImportPlan;
  fileName: string;
  createdAt: number;
}

/** The catalog as the till uses it: scan, search, quick keys, edits and file import/export. */
export class CatalogService {
  readonly #store: CatalogStore;
  readonly #authorize: AuthorizeCatalogEdit;
  readonly #audit: AuditSink;
  readonly #clock: Clock;
  readonly #rules: readonly ScaleLabelRule[];
  readonly #pending = new Map<string, PendingImport>();
  readonly #changed: (change: CatalogChange) => void;

  constructor(deps: CatalogServiceDeps) {
    this.#store = deps.store;
    this.#authorize = deps.authorize;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#rules = deps.scaleLabelRules ?? DEFAULT_SCALE_LABEL_RULES;
    this.#changed = deps.changed ?? (() => undefined);
  }

  scaleLabelRules(): ScaleLabelRule[] {
    return [...this.#rules];
  }

  search(query: string, limit: number): Product[] {
    return this.#store.search(query, limit);
  }

  quickKeys(): Product[] {
    return this.#store.quickKeys();
  }

  /** What a scanned code is: a product, a weighed scale label, unknown, or a misread. */
  lookup(code: string): LookupResult {
    const product = this.#store.byBarcode(code) ?? (code.length === 12 ? this.#store.byBarcode(`0${code}`) : undefined);
    if (product !== undefined) return { kind: 'product', code, product };
    const label = parseScaleLabel(code, this.#rules);
    if (label !== null) {
      const weighed = this.#store.byPlu(label.plu);
      if (weighed !== undefined) return { kind: 'scale-label', code, product: weighed, label };
      return {
        kind: 'unknown',
        code,
        message: `Scale label ${code} is for PLU ${label.plu}, but no product has that PLU. Check the scale's PLU list against the catalog.`,
        messageTr: `${code} terazi etiketi ${label.plu} PLU numaralı ürün için, ancak katalogda bu PLU'ya sahip ürün yok. Terazideki PLU listesini katalogla karşılaştırın.`,
      };
    }
    const check = checkGtin(code);
    if (!check.ok) {
      const problem = describeGtinProblem(code, check);
      return { kind: 'invalid', code, message: `${problem.message} Scan it again.`, messageTr: `${problem.messageTr} Yeniden okutun.` };
    }
    return {
      kind: 'unknown',
      code,
      message: `Barcode ${code} is not in the catalog. A permitted user can add it now.`,
      messageTr: `${code} barkodu katalogda yok. Yetkili bir kullanıcı ürünü şimdi ekleyebilir.`,
    };
  }

  upsert(input: ProductInput, approvalToken: string | undefined): Product {
    const { id, ...fields } = input;
    const issue = [...checkProductFields(fields), ...findConflicts(this.#store, id, fields)][0];
    if (issue !== undefined) throw new AppFailure('catalog.invalid-product', issue.message, issue.messageTr, issue.field);
    const before = id === null ? undefined : this.#store.get(id);
    if (id !== null && before === undefined) {
      throw new AppFailure('catalog.no-such-product', `Product ${id} no longer exists.`, `${id} numaralı ürün artık yok.`);
    }
    const authority = this.#authorize('catalog.upsert', fields.name, approvalToken);
    const savedId = this.#store.transaction(() => this.#store.write(id, fields));
    const saved = this.#store.get(savedId);
    if (saved === undefined) throw new Error(`product ${savedId} vanished after writing`);
    this.#audit.record({
      action: before === undefined ? 'catalog.product-create' : 'catalog.product-update',
      actorId: authority.actorId,
      approverId: authority.approverId,
      subject: String(savedId),
      amountKurus: saved.priceKurus,
      outcome: 'saved',
      details: before === undefined ? { after: saved } : { before, after: saved },
    });
    this.#changed({ reason: 'product', count: 1 });
    return saved;
  }

  /** Reads a file and reports what importing it would do; nothing is written. */
  importPreview(format: 'csv' | 'json', fileName: string, bytes: Uint8Array): ImportPreview {
    const read: ReadProducts = format === 'csv' ? readCsv(bytes) : readJson(bytes);
    const plan = planImport(this.#store, read, format);
    const importId = randomUUID();
    this.#forgetStalePreviews();
    while (this.#pending.size >= MAX_PENDING_PREVIEWS) {
      const oldest = this.#pending.keys().next().value;
      if (oldest === undefined) break;
      this.#pending.delete(oldest);
    }
    this.#pending.set(importId, { plan, fileName, createdAt: this.#clock.now() });
    const count = (action: 'create' | 'update' | 'unchanged') => plan.rows.filter((row) => row.action === action).length;
    return {
      importId,
      rows: plan.rows.length + new Set(plan.issues.map((issue) => issue.line)).size,
      creates: count('create'),
      updates: count('update'),
      unchanged: count('unchanged'),
      issues: plan.issues.slice(0, MAX_LISTED_ISSUES),
      issueCount: plan.issues.length,
      encoding: read.encoding,
    };
  }

  /** Applies a previewed import in one transaction. Bad rows block it unless the user chose to skip them. */
  importConfirm(importId: string, skipBadRows: boolean, approvalToken: string | undefined): { created: number; updated: number; skipped: number } {
    this.#forgetStalePreviews();
    const pending = this.#pending.get(importId);
    if (pending === undefined) {
      throw new AppFailure(
        'catalog.import-expired',
        'This import preview has expired or was already used; check the file again.',
        'Bu içe aktarma önizlemesinin süresi doldu veya zaten kullanıldı; dosyayı yeniden kontrol edin.',
      );
    }
    const badLines = new Set(pending.plan.issues.map((issue) => issue.line)).size;
    if (badLines > 0 && !skipBadRows) {
      throw new AppFailure(
        'catalog.import-has-errors',
        `${badLines} row(s) of ${pending.fileName} have errors. Fix the file, or confirm again choosing to skip those rows.`,
        `${pending.fileName} dosyasının ${badLines} satırında hata var. Dosyayı düzeltin ya da bu satırları atlamayı seçerek yeniden onaylayın.`,
      );
    }
    const authority = this.#authorize('catalog.importConfirm', importId, approvalToken);
    const changes = pending.plan.rows.filter((row) => row.action !== 'unchanged');
    this.#store.transaction(() => {
      for (const row of changes) this.#store.write(row.id, row.fields);
    });
    this.#pending.delete(importId);
    const result = {
      created: changes.filter((row) => row.action === 'create').length,
      updated: changes.filter((row) => row.action === 'update').length,
      skipped: badLines,
    };
    this.#audit.record({
      action: 'catalog.import',
      actorId: authority.actorId,
      approverId: authority.approverId,
      subject: pending.fileName,
      outcome: 'imported',
      details: result,
    });
    this.#changed({ reason: 'import', count: changes.length });
    return result;
  }

  export(format: 'csv' | 'json'): { fileName: string; mimeType: string; contentBase64: string } {
    const products = this.#store.all();
    const stamp = new Date(this.#clock.now()).toISOString().slice(0, 10);
    const bytes = format === 'csv' ? productsToCsv(products) : productsToJson(products);
    return {
      fileName: `urunler-${stamp}.${format}`,
      mimeType: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      contentBase64: Buffer.from(bytes).toString('base64'),
    };
  }

  #forgetStalePreviews(): void {
    const now = this.#clock.now();
    for (const [id, pending] of this.#pending) if (now - pending.createdAt > PREVIEW_TTL_MS) this.#pending.delete(id);
  }
}
