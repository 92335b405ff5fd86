import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAuditIntegrity } from '../../src/main/core/audit/auditIntegrity';
import { AuditLog } from '../../src/main/core/audit/auditLog';
import { auditMigrations } from '../../src/main/core/audit/auditMigrations';
import type { Clock } from '../../src/main/core/ports';
import { openDatabase } from '../../src/main/core/storage/database';
import { tempDir } from '../helpers/tmp';

const clock: Clock = { now: () => Date.parse('2025-03-14T09:30:00.000Z') };
const open: DatabaseSync[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

function setUp(rows = 5) {
  const file = join(tempDir(), 'pos.sqlite');
  const db = openDatabase({ file, migrations: [auditMigrations] });
  open.push(db);
  const log = new AuditLog(db, clock);
  for (let i = 1; i <= rows; i += 1) {
    log.record({
      action: i % 2 === 0 ? 'tosla.refund' : 'checkout.force-outcome',
      actorId: 'cashier-1',
      approverId: 'manager-1',
      subject: `order-${i}`,
      amountKurus: i * 1000,
      outcome: 'done',
      details: { step: i, note: 'ş ğ ı' },
    });
  }
  return { file, db, log };
}

/** What someone holding the file can do: their own connection, triggers dropped. */
function tamper(file: string, sql: string) {
  const raw = new DatabaseSync(file);
  open.push(raw);
  raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  raw.exec(sql);
}

describe('the hash-chained audit log', () => {
  it('verifies an untouched log', () => {
    const { db } = setUp();
    expect(checkAuditIntegrity(db, clock)).toMatchObject({ intact: true, checkedRows: 5, lastSeq: 5, firstBroken: null });
  });

  it('names the altered row when one is changed directly in the file', () => {
    const { file, db } = setUp();
    tamper(file, `UPDATE audit_log SET amount_kurus = 1 WHERE seq = 3`);
    expect(checkAuditIntegrity(db, clock)).toMatchObject({
      intact: false,
      checkedRows: 2,
      firstBroken: { seq: 3, reason: 'content-altered' },
    });
  });
});
