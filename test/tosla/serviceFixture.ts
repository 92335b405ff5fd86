import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach } from 'vitest';
import type { ToslaEnvironment, ToslaOperation } from '../../src/shared/tosla/views';
import type { AuditEntry, AuditSink } from '../../src/main/core/auth/ports';
import { TestApprovals } from '../helpers/approvals';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { openDatabase } from '../../src/main/core/storage/database';
import type { ToslaLink } from '../../src/main/core/tosla/toslaConnection';
import { ToslaJournal } from '../../src/main/core/tosla/toslaJournal';
import { toslaMigrations } from '../../src/main/core/tosla/toslaMigrations';
import { ToslaOperations } from '../../src/main/core/tosla/toslaOperations';
import type { DialectName } from '../../src/main/simulators/tosla/dialect';
import { tempDir } from '../helpers/tmp';
import { ManualClock, simulatorFixture } from './toslaFixture';

export class TestAudit implements AuditSink {
  readonly entries: AuditEntry[] = [];
  record(entry: AuditEntry): void {
    this.entries.push(entry);
  }
}

export const START = Date.parse('2025-03-14T05:00:00Z'); // 08:00 in Istanbul
export const SETTLE_MS = 1_000;

/**
 * A simulator, a journal file and a service over them, sharing one hand-set clock. The
 * service can be "restarted": a new instance over a fresh connection to the same file.
 */
export async function serviceFixture(options: { timeoutMs?: number; endOfDay?: string; dialect?: DialectName } = {}) {
  const clock = new ManualClock(START);
  const sim = await simulatorFixture({ clock, seed: false, endOfDay: options.endOfDay, dialect: options.dialect });
  const file = join(tempDir('tosla-journal-'), 'pos.sqlite');
  const approvals = new TestApprovals();
  const audit = new TestAudit();
  const changes: ToslaOperation[] = [];
  const client = sim.client({ clock, timeoutMs: options.timeoutMs ?? 2_000 });
  let environment: ToslaEnvironment = 'training';
  const connection = {
    environment: () => environment,
    current: async (): Promise<ToslaLink> => ({
      environment,
      mode: 'simulator',
      baseUrl: sim.simulator.baseUrl,
      client,
      settleAfterMs: SETTLE_MS,
    }),
  };
  let db: DatabaseSync | null = null;
  const start = () => {
    db?.close();
    db = openDatabase({ file, migrations: [toslaMigrations] });
    const journal = new ToslaJournal(db);
    const service = new ToslaOperations({
      journal,
      connection,
      approvals,
      audit,
      clock,
      log: silentLogger,
      actor: () => 'cashier-7',
      onChange: (op) => changes.push(op),
    });
    return { service, journal };
  };
  afterEach(() => db?.close());
  return {
    ...sim,
    clock,
    approvals,
    audit,
    changes,
    start,
    setEnvironment: (next: ToslaEnvironment) => {
      environment = next;
    },
  };
}
