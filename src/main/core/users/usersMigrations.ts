import type { MigrationSet } from '../storage/database';

export const usersMigrations: MigrationSet = {
  module: 'users',
  migrations: [
    {
      version: 1,
      description: 'users with roles, per-action permissions and scrypt PINs',
      up: `
        CREATE TABLE users (
          id TEXT PRIMARY KEY,
          display_name TEXT NOT NULL COLLATE NOCASE UNIQUE,
          role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'admin')),
          permissions TEXT NOT NULL,
          active INTEGER NOT NULL CHECK (active IN (0, 1)),
          pin_hash BLOB NOT NULL,
          pin_salt BLOB NOT NULL,
          pin_cost TEXT NOT NULL,
          failed_attempts INTEGER NOT NULL DEFAULT 0,
          locked_until_ms INTEGER,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
      `,
    },
  ],
};
