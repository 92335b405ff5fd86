import type { DatabaseSync } from 'node:sqlite';
import type { ScaleLabelRule } from '../../../shared/barcode/scaleLabel';
import type { CatalogChange, ImportProgress } from '../../../shared/contract/catalog';
import type { AuditSink } from '../auth/ports';
import type { Clock } from '../ports';
import type { CoreModule } from '../module';
import type { CatalogHandlers } from './catalogHandlers';
import { catalogHandlers } from './catalogHandlers';
import { CatalogService } from './catalogService';
import type { AuthorizeCatalogEdit } from './catalogService';
import { CatalogStore } from './catalogStore';
import { ImportFiles } from './importFiles';
import type { SentBaskets } from './parkedBaskets';
import { ParkedBaskets } from './parkedBaskets';
import { StagedImport } from './productImport';
import { TRAINING_CATALOG } from './trainingCatalog';

export interface CatalogModuleDeps {
  db: DatabaseSync;
  clock: Clock;
  audit: AuditSink;
  authorize: AuthorizeCatalogEdit;
  sent: SentBaskets;
  changed: (change: CatalogChange) => void;
  scaleLabelRules?: readonly ScaleLabelRule[];
  /** Where uploaded import files wait until checked; emptied at start. */
  importDir: string;
  /** Main's own file dialog (Electron); answers the chosen path or null. */
  pickImportFile?: () => Promise<string | null>;
  importProgress?: (progress: ImportProgress) => void;
  /** True in training mode: an empty catalog then gets the training products at start. */
  inTraining: () => boolean;
}

export interface CatalogModule extends CoreModule<CatalogHandlers> {
  store: CatalogStore;
  service: CatalogService;
  parked: ParkedBaskets;
  /** Fills an empty catalog with the training products; returns how many were added (0 if it was not empty). */
  seedTrainingCatalog(): number;
}

/** Products, their import and export, and parked baskets, over one database (already migrated with `catalogMigrations`). */
export function createCatalogModule(deps: CatalogModuleDeps): CatalogModule {
  const store = new CatalogStore(deps.db, deps.clock);
  const service = new CatalogService({
    store,
    authorize: deps.authorize,
    audit: deps.audit,
    clock: deps.clock,
    changed: deps.changed,
    scaleLabelRules: deps.scaleLabelRules,
    files: new ImportFiles(deps.importDir, deps.clock),
    stage: (format) => new StagedImport(deps.db, store, format),
    pickFile: deps.pickImportFile,
    progress: deps.importProgress,
  });
  const parked = new ParkedBaskets(deps.db, deps.clock, deps.sent);
  const seedTrainingCatalog = () => {
    if (store.count() > 0) return 0;
    store.transaction(() => {
      for (const product of TRAINING_CATALOG) store.write(null, product);
    });
    return TRAINING_CATALOG.length;
  };
  return {
    store,
    service,
    parked,
    seedTrainingCatalog,
    handlers: catalogHandlers(service, parked),
    start: () => {
      if (deps.inTraining()) seedTrainingCatalog();
    },
  };
}
