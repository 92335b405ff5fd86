import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { rowHash } from '../../src/main/core/audit/auditHash';
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
  it('verifies an untouched log', async () => {
    const { db } = setUp();
    expect(await checkAuditIntegrity(db, clock)).toMatchObject({ intact: true, checkedRows: 5, lastSeq: 5, firstBroken: null });
  });

  it('names the altered row when one is changed directly in the file', async () => {
    const { file, db } = setUp();
    tamper(file, `UPDATE audit_log SET amount_kurus = 1 WHERE seq = 3`);
    expect(await checkAuditIntegrity(db, clock)).toMatchObject({
      intact: false,
      checkedRows: 2,
      firstBroken: { seq: 3, reason: 'content-altered' },
    });
  });

  it('names the gap when a row in the middle is deleted', async () => {
    const { file, db } = setUp();
    tamper(file, 'DELETE FROM audit_log WHERE seq = 2');
    expect((await checkAuditIntegrity(db, clock)).firstBroken).toMatchObject({ seq: 2, reason: 'sequence-gap' });
  });

  it('notices a deleted row even when the rows after it are renumbered to close the gap', async () => {
    const { file, db } = setUp();
    tamper(file, 'DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2;');
    expect((await checkAuditIntegrity(db, clock)).firstBroken).toMatchObject({ seq: 2, reason: 'chain-broken' });
  });

  it('notices the newest rows being cut off', async () => {
    const { file, db } = setUp();
    tamper(file, 'DELETE FROM audit_log WHERE seq >= 4');
    const result = await checkAuditIntegrity(db, clock);
    expect(result).toMatchObject({ intact: false, checkedRows: 3, firstBroken: { seq: 5, reason: 'tail-missing' } });
    expect(result.firstBroken?.messageTr).toContain('5');
  });

  it('notices two rows swapped, whether by content or by number', async () => {
    const byNumber = setUp();
    tamper(byNumber.file, 'UPDATE audit_log SET seq = -3 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = -3;');
    expect((await checkAuditIntegrity(byNumber.db, clock)).firstBroken).toMatchObject({ seq: 3, reason: 'chain-broken' });

    const byContent = setUp();
    tamper(
      byContent.file,
      `UPDATE audit_log SET subject = CASE seq WHEN 2 THEN 'order-3' ELSE 'order-2' END,
                            amount_kurus = CASE seq WHEN 2 THEN 3000 ELSE 2000 END WHERE seq IN (2, 3)`,
    );
    expect((await checkAuditIntegrity(byContent.db, clock)).firstBroken).toMatchObject({ seq: 2, reason: 'content-altered' });
  });

  it('notices a row whose hash was recomputed after an edit, at the row after it', async () => {
    const { file, db } = setUp();
    const raw = new DatabaseSync(file);
    open.push(raw);
    raw.exec('DROP TRIGGER audit_log_no_update');
    const row = raw.prepare('SELECT * FROM audit_log WHERE seq = 2').get() as Record<string, string | number | null>;
    const forged = rowHash({
      seq: 2,
      at: String(row.at),
      action: String(row.action),
      actorId: 'someone-else',
      approverId: row.approver_id as string | null,
      subject: String(row.subject),
      amountKurus: Number(row.amount_kurus),
      outcome: String(row.outcome),
      details: String(row.details),
      prevHash: String(row.prev_hash),
    });
    raw.prepare(`UPDATE audit_log SET actor_id = 'someone-else', hash = ? WHERE seq = 2`).run(forged);
    expect((await checkAuditIntegrity(db, clock)).firstBroken).toMatchObject({ seq: 3, reason: 'chain-broken' });
  });

  it('refuses UPDATE and DELETE while its triggers stand', async () => {
    const { file, db } = setUp();
    const raw = new DatabaseSync(file);
    open.push(raw);
    expect(() => raw.exec('UPDATE audit_log SET outcome = 1 WHERE seq = 1')).toThrow(/append-only/u);
    expect(() => raw.exec('DELETE FROM audit_log')).toThrow(/append-only/u);
    expect(() => raw.exec('UPDATE audit_head SET seq = 2')).toThrow(/follows the log/u);
    expect(() => raw.exec('DELETE FROM audit_head')).toThrow(/follows the log/u);
    expect((await checkAuditIntegrity(db, clock)).intact).toBe(true);
  });

  it('checks a log longer than one page, unmoved by entries appended while it runs', async () => {
    const { file, db, log } = setUp(0);
    db.exec('BEGIN');
    for (let i = 1; i <= 2100; i += 1) {
      log.record({ action: 'checkout.sale', actorId: null, approverId: null, subject: `b-${i}`, outcome: 'paid' });
    }
    db.exec('COMMIT');
    const running = checkAuditIntegrity(db, clock);
    log.record({ action: 'checkout.sale', actorId: null, approverId: null, subject: 'late', outcome: 'paid' });
    expect(await running).toMatchObject({ intact: true, checkedRows: 2100, lastSeq: 2100 });

    tamper(file, `UPDATE audit_log SET outcome = 'cancelled' WHERE seq = 2050`);
    expect(await checkAuditIntegrity(db, clock)).toMatchObject({
      intact: false,
      checkedRows: 2049,
      firstBroken: { seq: 2050, reason: 'content-altered' },
    });
  });

  it('verifies an empty log', async () => {
    const { db } = setUp(0);
    expect(await checkAuditIntegrity(db, clock)).toMatchObject({ intact: true, checkedRows: 0, lastSeq: null });
  });
});

describe('audit entries', () => {
  it('store the time in UTC and hash details the same whatever their key order', () => {
    const { db, log } = setUp(0);
    log.record({ action: 'a', actorId: null, approverId: null, subject: 's', outcome: 'ok', details: { b: 1, a: { d: 2, c: [1, 'x'] } } });
    log.record({ action: 'a', actorId: null, approverId: null, subject: 's', outcome: 'ok', details: { a: { c: [1, 'x'], d: 2 }, b: 1 } });
    const rows = db.prepare('SELECT at, details FROM audit_log ORDER BY seq').all() as { at: string; details: string }[];
    expect(rows[0]).toEqual(rows[1]);
    expect(rows[0]?.at).toBe('2025-03-14T09:30:00.000Z');
    expect(rows[0]?.details).toBe('{"a":{"c":[1,"x"],"d":2},"b":1}');
  });

  it('refuses fractional money and values JSON would silently change, writing nothing', async () => {
    const { db, log } = setUp(0);
    const base = { action: 'tosla.refund', actorId: null, approverId: null, subject: 'o', outcome: 'ok' };
    expect(() => log.record({ ...base, amountKurus: 12.5 })).toThrow(/whole number of kuruş/u);
    expect(() => log.record({ ...base, details: { x: Number.NaN } })).toThrow(/cannot be stored/u);
    expect(() => log.record({ ...base, details: { when: new Date() } })).toThrow(/cannot be stored/u);
    expect(await checkAuditIntegrity(db, clock)).toMatchObject({ intact: true, checkedRows: 0 });
  });

  it('roll back with the caller’s transaction, and the chain stays whole', async () => {
    const { db, log } = setUp(2);
    db.exec('BEGIN');
    log.record({ action: 'x', actorId: null, approverId: null, subject: 's', outcome: 'ok' });
    db.exec('ROLLBACK');
    log.record({ action: 'y', actorId: null, approverId: null, subject: 's', outcome: 'ok' });
    expect(await checkAuditIntegrity(db, clock)).toMatchObject({ intact: true, checkedRows: 3 });
  });
});

describe('browsing the audit log', () => {
  it('pages newest first and filters by action family, user, subject, outcome and time', () => {
    let now = Date.parse('2025-03-14T09:00:00.000Z');
    const file = join(tempDir(), 'pos.sqlite');
    const db = openDatabase({ file, migrations: [auditMigrations] });
    open.push(db);
    const log = new AuditLog(db, { now: () => now });
    for (let i = 1; i <= 30; i += 1) {
      log.record({
        action: ['tosla.refund', 'tosla.void', 'tosla-report.export'][i % 3] ?? 'x',
        actorId: i % 2 === 0 ? 'cashier-1' : 'cashier-2',
        approverId: i % 5 === 0 ? 'manager-1' : null,
        subject: `order-${i % 4}`,
        amountKurus: i * 100,
        outcome: i % 7 === 0 ? 'failed' : 'done',
      });
      now += 60_000;
    }
    const base = { offset: 0, limit: 10 };
    const first = log.list(base);
    expect(first.total).toBe(30);
    expect(first.entries.map((e) => e.seq)).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
    expect(log.list({ ...base, offset: 25 }).entries.map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);

    expect(log.list({ ...base, action: 'tosla', limit: 100 }).total).toBe(20);
    expect(log.list({ ...base, action: 'tosla.void', limit: 100 }).entries.every((e) => e.action === 'tosla.void')).toBe(true);
    expect(log.list({ ...base, userId: 'manager-1' }).total).toBe(6);
    expect(log.list({ ...base, userId: 'cashier-1' }).total).toBe(15);
    expect(log.list({ ...base, subject: 'order-0' }).total).toBe(7);
    expect(log.list({ ...base, outcome: 'failed' }).entries.map((e) => e.seq)).toEqual([28, 21, 14, 7]);
    const window = log.list({ ...base, from: '2025-03-14T09:05:00.000Z', to: '2025-03-14T09:10:00.000Z' });
    expect(window.entries.map((e) => e.seq)).toEqual([10, 9, 8, 7, 6]);
    expect(window.entries[0]).toMatchObject({ amountKurus: 1000, details: {}, actorId: 'cashier-1' });
  });
});
