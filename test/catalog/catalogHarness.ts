import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach } from 'vitest';
import type { AuditEntry } from '../../src/main/core/auth/ports';
import { catalogMigrations } from '../../src/main/core/catalog/catalogMigrations';
import type { CatalogModule } from '../../src/main/core/catalog/catalogModule';
import { createCatalogModule } from '../../src/main/core/catalog/catalogModule';
import { AppFailure } from '../../src/main/core/failure';
import { openDatabase } from '../../src/main/core/storage/database';
import type { CatalogChange, ImportPreview, ImportProgress, ProductInput } from '../../src/shared/contract/catalog';
import { tempDir } from '../helpers/tmp';

export const MANAGER_TOKEN = 'manager-approval';

export interface CatalogHarness extends CatalogModule {
  db: DatabaseSync;
  audit: AuditEntry[];
  changes: CatalogChange[];
  progress: ImportProgress[];
  sentIds: Set<string>;
  /** Where this catalog's files live; pass it to `openCatalog` again to reopen the same catalog. */
  dir: string;
  /** Holds `bytes` as an uploaded file and runs a dry run over it. */
  preview(format: 'csv' | 'json', fileName: string, bytes: Uint8Array): Promise<ImportPreview>;
}

/**
 * A catalog over a real SQLite file in a temp dir; only `MANAGER_TOKEN` may edit.
 * `pickImportFile` stands in for the person at main's file dialog.
 */
export function openCatalog(dir = tempDir('catalog-'), pickImportFile?: () => Promise<string | null>): CatalogHarness {
  const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [catalogMigrations] });
  afterEach(() => db.close());
  const audit: AuditEntry[] = [];
  const changes: CatalogChange[] = [];
  const progress: ImportProgress[] = [];
  const sentIds = new Set<string>();
  let now = Date.UTC(2026, 0, 15, 9, 0, 0);
  const module = createCatalogModule({
    db,
    clock: { now: () => (now += 1000) },
    audit: { record: (entry) => audit.push(entry) },
    authorize: (_operation, _target, token) => {
      if (token !== MANAGER_TOKEN) throw new AppFailure('auth.approval-required', 'A manager must approve this.', 'Bu işlem için yönetici onayı gerekir.');
      return { actorId: 'cashier-1', approverId: 'manager-1' };
    },
    sent: { wasSent: (id) => sentIds.has(id) },
    changed: (change) => changes.push(change),
    importDir: join(dir, 'imports'),
    inTraining: () => false,
    pickImportFile,
    importProgress: (step) => progress.push(step),
  });
  const preview = async (format: 'csv' | 'json', fileName: string, bytes: Uint8Array) => {
    const file = await module.service.receiveImportFile(fileName, [bytes]);
    return module.service.importPreview(file.fileHandle, format);
  };
  return { ...module, db, audit, changes, progress, sentIds, dir, preview };
}

export const productInput = (change: Partial<ProductInput> = {}): ProductInput => ({
  id: null,
  name: 'Süt Tam Yağlı 1 L',
  barcodes: ['8690000000012'],
  unit: 'C62',
  priceKurus: 3750,
  vatRate: 100,
  department: null,
  plu: null,
  quickKey: null,
  ...change,
});
