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
    {
      version: 2,
      description: 'escalating lockouts, forced PIN change, workstation PIN throttle, recovery code, counted anonymous failures',
      up: `
        ALTER TABLE users ADD COLUMN lockout_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE users ADD COLUMN pin_change_required INTEGER NOT NULL DEFAULT 0 CHECK (pin_change_required IN (0, 1));
        UPDATE users SET permissions = json_insert(permissions, '$[#]', 'discount')
          WHERE role = 'manager' AND permissions LIKE '%"price-override"%' AND permissions NOT LIKE '%"discount"%';
        CREATE TABLE pin_failures (at_ms INTEGER NOT NULL) STRICT;
        CREATE INDEX pin_failures_at ON pin_failures (at_ms);
        CREATE TABLE recovery_code (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          code_hash BLOB NOT NULL,
          code_salt BLOB NOT NULL,
          code_cost TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE auth_failure_tally (
          kind TEXT NOT NULL,
          window_start_ms INTEGER NOT NULL,
          count INTEGER NOT NULL,
          PRIMARY KEY (kind, window_start_ms)
        ) STRICT;
      `,
    },
  ],
};
