import type { MigrationSet } from '../storage/database';

export const toslaMigrations: MigrationSet = {
  module: 'tosla',
  migrations: [
    {
      version: 1,
      description: 'journal of Tosla voids and refunds',
      up: `
        CREATE TABLE tosla_operations (
          id TEXT PRIMARY KEY,
          environment TEXT NOT NULL CHECK (environment IN ('training', 'test', 'production')),
          order_id TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('void', 'refund')),
          amount_kurus INTEGER NOT NULL CHECK (amount_kurus > 0),
          sale_amount_kurus INTEGER NOT NULL,
          refunded_before_kurus INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('sending', 'succeeded', 'rejected', 'unknown', 'not-applied')),
          approver_id TEXT NOT NULL,
          approver_name TEXT NOT NULL,
          actor_id TEXT,
          reason TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          response_code INTEGER,
          response_message TEXT,
          transaction_id TEXT,
          resolved_by TEXT CHECK (resolved_by IN ('answer', 'inquiry')),
          checks INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX tosla_operations_by_order ON tosla_operations (environment, order_id, created_at);
        CREATE INDEX tosla_operations_by_time ON tosla_operations (environment, created_at);
        -- At most one operation per order whose outcome is not known: nothing is sent for an
        -- order while an earlier answer is missing.
        CREATE UNIQUE INDEX tosla_operations_one_open ON tosla_operations (environment, order_id)
          WHERE status IN ('sending', 'unknown');
      `,
    },
  ],
};
