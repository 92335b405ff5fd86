import { closeSync, copyFileSync, existsSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { MigrationSet } from '../../src/main/core/storage/database';
import { openDatabase, StorageError } from '../../src/main/core/storage/database';
import { tempDir } from '../helpers/tmp';

const notes: MigrationSet = {
  module: 'notes',
  migrations: [
    { version: 1, description: 'notes table', up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT' },
    { version: 2, description: 'notes.kind', up: "ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'plain'" },
  ],
};

describe('openDatabase', () => {
  it('creates the file in WAL mode with foreign keys and applies every migration once', () => {
    const file = join(tempDir(), 'pos.sqlite');
    const db = openDatabase({ file, migrations: [notes] });
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    db.prepare('INSERT INTO notes (body, kind) VALUES (?, ?)').run('a', 'x');
    db.close();

    const again = openDatabase({ file, migrations: [notes] });
    const applied = again.prepare('SELECT module, version FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual([
      { module: 'notes', version: 1 },
      { module: 'notes', version: 2 },
    ]);
    expect(again.prepare('SELECT body, kind FROM notes').all()).toEqual([{ body: 'a', kind: 'x' }]);
    again.close();
  });

  it('refuses a file written by a newer schema, keeps it intact and saves a backup', () => {
    const dir = tempDir();
    const file = join(dir, 'pos.sqlite');
    openDatabase({ file, migrations: [notes] }).close();
    const older: MigrationSet = { module: 'notes', migrations: notes.migrations.slice(0, 1) };

    const error = (() => {
      try {
        openDatabase({ file, migrations: [older] });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).appError.code).toBe('storage.newer-schema');
    expect((error as StorageError).appError.messageTr).toContain('daha yeni');
    expect(existsSync((error as StorageError).backupFile ?? '')).toBe(true);
    // The original still opens with the schema that wrote it.
    openDatabase({ file, migrations: [notes] }).close();
  });

  it('reports a damaged file with a backup instead of resetting it', () => {
    const dir = tempDir();
    const file = join(dir, 'pos.sqlite');
    writeFileSync(file, 'this is not a database, it is a shopping list'.repeat(200));
    expect(() => openDatabase({ file, migrations: [notes] })).toThrow(/damaged/);
    const files = readdirSync(dir);
    expect(files.some((name) => name.startsWith('pos.sqlite.corrupt-'))).toBe(true);
    expect(files).toContain('pos.sqlite');
  });

  it('rolls back a failing migration and leaves the version where it was', () => {
    const file = join(tempDir(), 'pos.sqlite');
    const broken: MigrationSet = {
      module: 'notes',
      migrations: [...notes.migrations, { version: 3, description: 'bad', up: 'ALTER TABLE nope ADD COLUMN x TEXT' }],
    };
    expect(() => openDatabase({ file, migrations: [broken] })).toThrow(StorageError);
    const db = openDatabase({ file, migrations: [notes] });
    expect(db.prepare("SELECT MAX(version) AS v FROM schema_migrations WHERE module = 'notes'").get()).toEqual({ v: 2 });
    db.close();
  });
});

describe('openDatabase after a crash and after a clean close', () => {
  /** A file with a table of several pages; answers the byte offset of that table's root page. */
  function filled(file: string): number {
    const db = openDatabase({ file, migrations: [notes] });
    db.exec('CREATE TABLE other (id INTEGER PRIMARY KEY)');
    db.exec('BEGIN');
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 500; i += 1) insert.run(`not ${i} `.repeat(20));
    db.exec('COMMIT');
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'notes'").get() as { rootpage: number };
    const { page_size: pageSize } = db.prepare('PRAGMA page_size').get() as { page_size: number };
    db.close();
    return (rootpage - 1) * pageSize;
  }

  /** Writes garbage over a b-tree page's header, as a torn write might. */
  function damage(file: string, offset: number): void {
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(12, 0xff), 0, 12, offset);
    closeSync(fd);
  }

  it('checks every page when the last session left its write-ahead log behind', () => {
    const dir = tempDir();
    const file = join(dir, 'pos.sqlite');
    const offset = filled(file);
    // A session that wrote and never closed: its copy is what a power cut leaves.
    const running = new DatabaseSync(file);
    running.exec('INSERT INTO other (id) VALUES (1)');
    const crashed = join(tempDir(), 'pos.sqlite');
    copyFileSync(file, crashed);
    copyFileSync(`${file}-wal`, `${crashed}-wal`);
    running.close();
    damage(crashed, offset);

    expect(() => openDatabase({ file: crashed, migrations: [notes] })).toThrow(expect.objectContaining({ appError: expect.objectContaining({ code: 'storage.corrupt' }) }));
  });

  it('trusts a cleanly closed file without reading every page, so start-up does not grow with the data', () => {
    const file = join(tempDir(), 'pos.sqlite');
    const offset = filled(file);
    expect(existsSync(`${file}-wal`)).toBe(false);
    damage(file, offset);

    const db = openDatabase({ file, migrations: [notes] });
    // The damage shows where the page is read, as SQLite's own error.
    expect(() => db.prepare('SELECT COUNT(*) FROM notes').get()).toThrow(/malformed/u);
    db.close();
  });
});
