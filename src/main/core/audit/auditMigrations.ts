import type { MigrationSet } from '../storage/database';

/**
 * The audit log and its head. The triggers are a second line of defence only: the hash
 * chain is what proves the log intact, because anyone holding the file can drop them.
 */
export const auditMigrations: MigrationSet = {
  module: 'audit',
  migrations: [
    {
      version: 1,
      description: 'hash-chained, append-only audit log',
      up: `
        CREATE TABLE audit_log (
          seq INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          action TEXT NOT NULL,
          actor_id TEXT,
          approver_id TEXT,
          subject TEXT NOT NULL,
          amount_kurus INTEGER,
          outcome TEXT NOT NULL,
          details TEXT NOT NULL,
          prev_hash TEXT NOT NULL,
          hash TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_log_action ON audit_log (action, seq);
        CREATE INDEX audit_log_actor ON audit_log (actor_id, seq);
        CREATE INDEX audit_log_approver ON audit_log (approver_id, seq);
        CREATE INDEX audit_log_subject ON audit_log (subject, seq);
        CREATE INDEX audit_log_at ON audit_log (at);

        CREATE TABLE audit_head (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          seq INTEGER NOT NULL,
          hash TEXT NOT NULL
        ) STRICT;

        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

        CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
        BEGIN
          INSERT INTO audit_head (id, seq, hash) VALUES (1, NEW.seq, NEW.hash)
          ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;
        END;
        CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
        WHEN NEW.seq <> OLD.seq + 1 OR NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq)
        BEGIN SELECT RAISE(ABORT, 'audit_head only follows the log'); END;
        CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN SELECT RAISE(ABORT, 'audit_head only follows the log'); END;
      `,
    },
  ],
};
