import type { DatabaseSync } from 'node:sqlite';
import type { CoreModule } from '../module';
import type { Clock, KeyValueStore } from '../ports';
import type { AuditHandlers } from './auditHandlers';
import { auditHandlers } from './auditHandlers';
import { storeHeadMirror } from './auditHeadMirror';
import { AuditLog } from './auditLog';

export interface AuditModuleDeps {
  /** Already migrated with `auditMigrations`. */
  db: DatabaseSync;
  clock: Clock;
  /** Another file than the database: the log's end is copied there, so truncating the log is caught. */
  headStore: KeyValueStore;
}

export interface AuditModule extends CoreModule<AuditHandlers> {
  log: AuditLog;
}

export function createAuditModule({ db, clock, headStore }: AuditModuleDeps): AuditModule {
  const mirror = storeHeadMirror(headStore);
  const log = new AuditLog(db, clock, mirror);
  return { log, handlers: auditHandlers({ log, db, clock, mirror }) };
}
