import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AppFailure } from '../failure';
import { errorMessage } from '../../../shared/errorMessage';

/**
 * One ordered list of schema changes owned by one module (checkout journal, catalog,
 * Tosla operations…). Modules version independently, so adding a table in one never
 * renumbers another's.
 */
export interface MigrationSet {
  module: string;
  migrations: readonly Migration[];
}

export interface Migration {
  version: number;
  description: string;
  up: string | ((db: DatabaseSync) => void);
}

export interface OpenDatabaseOptions {
  file: string;
  migrations: readonly MigrationSet[];
  /** Clock for naming backups; the core passes its own. */
  now?: () => number;
}

export class StorageError extends AppFailure {
  constructor(
    code: 'storage.corrupt' | 'storage.newer-schema' | 'storage.migration-failed',
    message: string,
    messageTr: string,
    readonly backupFile: string | null,
  ) {
    super(code, message, messageTr);
    this.name = 'StorageError';
  }
}

/**
 * Opens (or creates) a database file, checks it is sound and not from a newer app,
 * and brings every module's schema up to date in one transaction per migration.
 * A damaged or newer-than-known file is copied aside and reported, never reset.
 *
 * Every page is checked (`quick_check`) only when the last session did not close the
 * file: a write-ahead log left with content means a crash or a power cut, which is when
 * damage happens. That check reads the whole file (about half a second for a
 * 100 MB catalog, journal and audit log), so after a clean close only the schema is
 * read and start-up does not grow with the data.
 */
export function openDatabase({ file, migrations, now = Date.now }: OpenDatabaseOptions): DatabaseSync {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const existed = existsSync(file);
  const uncleanShutdown = existed && existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
  // Users, the journal and the audit log are this user's alone: the file is made 0600
  // before SQLite opens it, so its WAL and shared-memory files inherit the mode.
  if (!existed) closeSync(openSync(file, 'wx', 0o600));
  ownerOnly(file);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { timeout: 5000 });
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA synchronous = NORMAL');
    if (uncleanShutdown) assertIntact(db);
    else if (existed) db.prepare('SELECT COUNT(*) FROM sqlite_schema').get();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw corrupt(file, now, error);
  }
  try {
    migrate(db, file, migrations, now);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Tightens a file an older version (or the umask) left readable by others; no-op on Windows. */
function ownerOnly(file: string): void {
  if (process.platform === 'win32') return;
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
}

function assertIntact(db: DatabaseSync): void {
  const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  const verdict = rows.map((row) => row.quick_check).join('; ');
  if (verdict !== 'ok') throw new Error(verdict);
}

function corrupt(file: string, now: () => number, cause: unknown): StorageError {
  const backup = backupFile(file, 'corrupt', now);
  const reason = errorMessage(cause);
  return new StorageError(
    'storage.corrupt',
    `The database ${basename(file)} is damaged (${reason}). A copy was saved as ${basename(backup ?? '')}; nothing was deleted. Restore a backup or contact support.`,
    `${basename(file)} veritabanı bozuk (${reason}). Bir kopyası ${basename(backup ?? '')} olarak saklandı; hiçbir şey silinmedi. Bir yedeği geri yükleyin veya destek isteyin.`,
    backup,
  );
}

/** Copies the file (and its WAL) aside; returns the copy's path. */
export function backupFile(file: string, label: string, now: () => number): string | null {
  if (!existsSync(file)) return null;
  const stamp = new Date(now()).toISOString().replace(/[:.]/gu, '-');
  const target = join(dirname(file), `${basename(file)}.${label}-${stamp}.bak`);
  copyFileSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) copyFileSync(file + suffix, target + suffix);
  }
  return target;
}

function migrate(db: DatabaseSync, file: string, sets: readonly MigrationSet[], now: () => number): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    module TEXT NOT NULL,
    version INTEGER NOT NULL,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (module, version)
  ) STRICT`);
  const currentVersion = db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations WHERE module = ?');
  const record = db.prepare('INSERT INTO schema_migrations (module, version, description, applied_at) VALUES (?, ?, ?, ?)');

  for (const set of sets) {
    const known = Math.max(0, ...set.migrations.map((m) => m.version));
    const current = Number((currentVersion.get(set.module) as { v: number }).v);
    if (current > known) {
      const backup = backupFile(file, 'newer-schema', now);
      throw new StorageError(
        'storage.newer-schema',
        `The database ${basename(file)} was written by a newer version of the app (${set.module} schema ${current}, this app knows ${known}). Update the app; the file was left untouched and copied to ${basename(backup ?? '')}.`,
        `${basename(file)} veritabanı uygulamanın daha yeni bir sürümüyle yazılmış (${set.module} şeması ${current}, bu sürüm ${known} biliyor). Uygulamayı güncelleyin; dosyaya dokunulmadı, kopyası ${basename(backup ?? '')}.`,
        backup,
      );
    }
    const pending = [...set.migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
    for (const migration of pending) {
      try {
        inTransaction(db, () => {
          if (typeof migration.up === 'string') db.exec(migration.up);
          else migration.up(db);
          record.run(set.module, migration.version, migration.description, new Date(now()).toISOString());
        });
      } catch (error) {
        throw new StorageError(
          'storage.migration-failed',
          `Updating the database (${set.module} ${migration.version}: ${migration.description}) failed: ${errorMessage(error)}. Nothing was changed.`,
          `Veritabanı güncellemesi (${set.module} ${migration.version}: ${migration.description}) başarısız oldu: ${errorMessage(error)}. Hiçbir şey değiştirilmedi.`,
          null,
        );
      }
    }
  }
}

/**
 * Runs `work` in one write transaction: all of it lands or none of it does. IMMEDIATE
 * takes the write lock up front, so a second writer waits instead of failing midway.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
