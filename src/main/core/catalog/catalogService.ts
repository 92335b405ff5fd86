import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { checkGtin, describeGtinProblem } from '../../../shared/barcode/gtin';
import type { ScaleLabelRule } from '../../../shared/barcode/scaleLabel';
import { DEFAULT_SCALE_LABEL_RULES, parseScaleLabel } from '../../../shared/barcode/scaleLabel';
import type { CatalogChange, ImportFile, ImportPreview, ImportProgress, LookupResult, Product, ProductInput } from '../../../shared/contract/catalog';
import type { AuditSink } from '../auth/ports';
import { AppFailure } from '../failure';
import type { Clock } from '../ports';
import type { CatalogStore } from './catalogStore';
import type { ImportFiles } from './importFiles';
import { readProductFile } from './productFile';
import { productsToCsv, productsToJson } from './productExport';
import type { StagedImport } from './productImport';
import { checkProductFields, findConflicts } from './productRules';
import { errorMessage } from '../../../shared/errorMessage';

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
  files: ImportFiles;
  /** Starts staging a file's rows for a dry run (temporary tables on the catalog's database). */
  stage: (format: 'csv' | 'json') => StagedImport;
  /** Main's own file dialog; absent where there is none (the web harness uploads instead). Answers a path or null. */
  pickFile?: () => Promise<string | null>;
  /** Told how far a dry run or an import has come, a few times a second. */
  progress?: (progress: ImportProgress) => void;
}

const PREVIEW_TTL_MS = 30 * 60_000;
const MAX_PENDING_PREVIEWS = 3;
const PROGRESS_EVERY_MS = 100;

interface PendingImport {
  staged: StagedImport;
  fileName: string;
  sizeBytes: number;
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
  readonly #files: ImportFiles;
  readonly #stage: (format: 'csv' | 'json') => StagedImport;
  readonly #pickFile: (() => Promise<string | null>) | undefined;
  readonly #progress: (progress: ImportProgress) => void;
  #checking = false;

  constructor(deps: CatalogServiceDeps) {
    this.#store = deps.store;
    this.#authorize = deps.authorize;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#rules = deps.scaleLabelRules ?? DEFAULT_SCALE_LABEL_RULES;
    this.#changed = deps.changed ?? (() => undefined);
    this.#files = deps.files;
    this.#stage = deps.stage;
    this.#pickFile = deps.pickFile;
    this.#progress = deps.progress ?? (() => undefined);
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

  /** Opens main's file dialog; the chosen file is held behind a handle (null: closed without a choice). */
  async chooseImportFile(): Promise<ImportFile | null> {
    if (this.#pickFile === undefined) {
      throw new AppFailure(
        'catalog.no-file-dialog',
        'This window has no file dialog of its own; upload the file instead.',
        'Bu pencerenin kendi dosya seçme penceresi yok; dosyayı yükleyin.',
      );
    }
    const path = await this.#pickFile();
    return path === null ? null : this.#files.adopt(path);
  }

  /** A file streamed to main (the web harness's upload), held behind a handle. */
  receiveImportFile(fileName: string, body: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<ImportFile> {
    return this.#files.receive(fileName, body);
  }

  /**
   * Reads a held file piece by piece and reports what importing it would do; the rows
   * are staged for `importConfirm` and nothing is written to the catalog. One file is
   * checked at a time.
   */
  async importPreview(fileHandle: string, format: 'csv' | 'json'): Promise<ImportPreview> {
    if (this.#checking) {
      throw new AppFailure('catalog.import-busy', 'Another file is being checked; wait until it is done.', 'Başka bir dosya kontrol ediliyor; bitmesini bekleyin.');
    }
    const file = this.#files.take(fileHandle);
    this.#checking = true;
    const staged = this.#stage(format);
    const report = this.#reporter(file.fileName, file.sizeBytes);
    let encoding: string;
    try {
      report('checking', 0, 0, true);
      const outcome = await readProductFile(file.path, format, {
        rows: (rows, bytesRead) => {
          staged.add(rows);
          report('checking', bytesRead, staged.rowsRead, false);
        },
        restart: () => staged.restart(),
      });
      if (outcome.problem !== null) staged.fail(outcome.problem);
      encoding = outcome.encoding;
    } catch (error) {
      staged.drop();
      if (error instanceof AppFailure) throw error;
      const reason = errorMessage(error);
      throw new AppFailure('catalog.file-unreadable', `${file.fileName} could not be read: ${reason}`, `${file.fileName} okunamadı: ${reason}`);
    } finally {
      this.#checking = false;
      this.#files.release(file);
    }
    const summary = staged.summary();
    report('done', file.sizeBytes, summary.rows, true);
    const importId = randomUUID();
    this.#forgetStalePreviews();
    while (this.#pending.size >= MAX_PENDING_PREVIEWS) {
      const [oldest] = this.#pending.keys();
      if (oldest === undefined) break;
      this.#drop(oldest);
    }
    this.#pending.set(importId, { staged, fileName: file.fileName, sizeBytes: file.sizeBytes, createdAt: this.#clock.now() });
    return {
      importId,
      rows: summary.rows,
      creates: summary.creates,
      updates: summary.updates,
      unchanged: summary.unchanged,
      issues: summary.issues,
      issueCount: summary.issueCount,
      encoding,
    };
  }

  /**
   * Writes a checked file's staged rows in one transaction. Bad rows block it unless the
   * user chose to skip them; a catalog changed since the check (an edit, another import)
   * makes the check void.
   */
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
    const { badRows, rows } = pending.staged.summary();
    if (badRows > 0 && !skipBadRows) {
      throw new AppFailure(
        'catalog.import-has-errors',
        `${badRows} row(s) of ${pending.fileName} have errors. Fix the file, or confirm again choosing to skip those rows.`,
        `${pending.fileName} dosyasının ${badRows} satırında hata var. Dosyayı düzeltin ya da bu satırları atlamayı seçerek yeniden onaylayın.`,
      );
    }
    const authority = this.#authorize('catalog.importConfirm', importId, approvalToken);
    if (pending.staged.generation !== this.#store.generation) {
      this.#drop(importId);
      throw new AppFailure(
        'catalog.import-stale',
        `The catalog changed after ${pending.fileName} was checked (an edit or another import); check the file again.`,
        `${pending.fileName} kontrol edildikten sonra katalog değişti (bir düzenleme ya da başka bir içe aktarma); dosyayı yeniden kontrol edin.`,
      );
    }
    const report = this.#reporter(pending.fileName, pending.sizeBytes);
    report('writing', pending.sizeBytes, 0, true);
    const written = this.#store.transaction(() => this.#store.writeStaged(pending.staged.tables));
    this.#drop(importId);
    const result = { ...written, skipped: badRows };
    report('done', pending.sizeBytes, rows, true);
    this.#audit.record({
      action: 'catalog.import',
      actorId: authority.actorId,
      approverId: authority.approverId,
      subject: pending.fileName,
      outcome: 'imported',
      details: result,
    });
    this.#changed({ reason: 'import', count: written.created + written.updated });
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
    for (const [id, pending] of [...this.#pending]) if (now - pending.createdAt > PREVIEW_TTL_MS) this.#drop(id);
  }

  #drop(importId: string): void {
    this.#pending.get(importId)?.staged.drop();
    this.#pending.delete(importId);
  }

  /** Progress for one file, at most every `PROGRESS_EVERY_MS` unless `now` says it must go out. */
  #reporter(fileName: string, totalBytes: number) {
    let last = -Infinity;
    return (phase: ImportProgress['phase'], bytesDone: number, rowsDone: number, now: boolean) => {
      const at = performance.now();
      if (!now && at - last < PROGRESS_EVERY_MS) return;
      last = at;
      this.#progress({ phase, fileName, bytesDone, totalBytes, rowsDone });
    };
  }
}
