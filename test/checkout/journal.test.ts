import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckoutJournal, checkoutMigrations } from '../../src/main/core/checkout/journal';
import { advance } from '../../src/main/core/checkout/stateMachine';
import { saleResultSchema } from '../../src/shared/checkout/checkoutState';
import { openDatabase } from '../../src/main/core/storage/database';
import { tempDir } from '../helpers/tmp';

const basket = { items: [{ name: 'Çay', price: 1500, quantity: 2000, sectionNo: 1, taxPercent: 1000 }] };

function open(file: string, clock = { t: Date.UTC(2025, 0, 2, 9, 0, 0) }) {
  const db = openDatabase({ file, migrations: [checkoutMigrations] });
  return { db, journal: new CheckoutJournal(db, () => clock.t), clock };
}

describe('checkout journal', () => {
  it('journals a draft with its check number and keeps every transition with cause and time across reopen', () => {
    const file = join(tempDir(), 'pos.sqlite');
    const { db, journal, clock } = open(file);
    const id = '6f1c2a7e-2b9a-4c44-9d1e-1f0a4b1d2c3e';
    const draft = journal.create({
      basketId: id,
      environment: 'simulator',
      target: { kind: 'terminal', terminalId: 'AV0000000001' },
      tillNumber: 1,
      totalKurus: 3000,
      basket: { ...basket, basketID: id },
      cashierId: 'u-1',
    });
    expect(draft).toMatchObject({ state: 'draft', checkNumber: 10_000_001, final: false, totalKurus: 3000, cashierId: 'u-1' });
    expect(draft.basket).toMatchObject({ basketID: id, checkNumber: 10_000_001 });

    clock.t += 1000;
    const sending = advance(draft.machine, { kind: 'send-started' }).next;
    journal.update('simulator', id, sending, 'send:started', null);
    clock.t += 1000;
    journal.update('simulator', id, advance(sending, { kind: 'no-answer', reason: 'socket hang up' }).next, 'send:no-answer', 'socket hang up');
    db.close();

    const reopened = open(file).journal;
    const entry = reopened.get('simulator', id);
    expect(entry).toMatchObject({ state: 'unknown', communicationError: 'socket hang up' });
    expect(reopened.detail('simulator', id)?.transitions).toEqual([
      { from: null, to: 'draft', cause: 'journaled', detail: null, at: '2025-01-02T09:00:00.000Z' },
      { from: 'draft', to: 'sending', cause: 'send:started', detail: null, at: '2025-01-02T09:00:01.000Z' },
      { from: 'sending', to: 'unknown', cause: 'send:no-answer', detail: 'socket hang up', at: '2025-01-02T09:00:02.000Z' },
    ]);
    expect(reopened.unfinished('simulator').map((e) => e.basketId)).toEqual([id]);
    expect(reopened.detail('simulator', id)).toMatchObject({
      lines: [{ name: 'Çay', price: 1500, quantity: 2000, unit: null, taxPercent: 1000, totalKurus: 3000 }],
      basketDiscountKurus: 0,
    });
  });

  it('numbers checks with the till number in front, so tills sharing an account never collide', () => {
    const { journal } = open(join(tempDir(), 'pos.sqlite'));
    const make = (basketId: string, tillNumber: number) =>
      journal.create({ basketId, environment: 'training', target: { kind: 'branch', branchId: 'b1' }, tillNumber, totalKurus: 1, basket: {}, cashierId: null });
    expect(make('0b0c6d1e-0000-4000-8000-0000000000b1', 12).checkNumber).toBe(120_000_001);
    expect(make('0b0c6d1e-0000-4000-8000-0000000000b2', 12).checkNumber).toBe(120_000_002);
    expect(make('0b0c6d1e-0000-4000-8000-0000000000b3', 999).checkNumber).toBe(9_990_000_003);
  });

  it('keeps environments apart and numbers checks per environment', () => {
    const { journal } = open(join(tempDir(), 'pos.sqlite'));
    const ids = ['0b0c6d1e-0000-4000-8000-000000000001', '0b0c6d1e-0000-4000-8000-000000000002', '0b0c6d1e-0000-4000-8000-000000000003'];
    const make = (basketId: string, environment: string) =>
      journal.create({ basketId, environment, target: { kind: 'branch', branchId: 'b1' }, tillNumber: 1, totalKurus: 1, basket: {}, cashierId: null });
    expect(make(ids[0]!, 'simulator').checkNumber).toBe(10_000_001);
    expect(make(ids[1]!, 'simulator').checkNumber).toBe(10_000_002);
    expect(make(ids[2]!, 'live:abc').checkNumber).toBe(10_000_001);

    expect(journal.list('simulator', { unfinishedOnly: false, limit: 10 }).map((e) => e.basketId).sort()).toEqual([ids[0], ids[1]]);
    expect(journal.get('simulator', ids[2]!)).toBeUndefined();
    expect(journal.list('live:abc', { unfinishedOnly: true, limit: 10 })).toHaveLength(1);
  });

  it('refuses a second basket with the same id', () => {
    const { journal } = open(join(tempDir(), 'pos.sqlite'));
    const entry = {
      basketId: '0b0c6d1e-0000-4000-8000-00000000000a',
      environment: 'simulator',
      target: { kind: 'terminal' as const, terminalId: 'AV1' },
      tillNumber: 1,
      totalKurus: 1,
      basket: {},
      cashierId: null,
    };
    journal.create(entry);
    expect(() => journal.create(entry)).toThrow(/UNIQUE/u);
    expect(journal.list('simulator', { unfinishedOnly: false, limit: 10 })).toHaveLength(1);
  });

  it('answers whether a basket id went out in any environment, and which settled baskets are still within a window', () => {
    const { journal, clock } = open(join(tempDir(), 'pos.sqlite'));
    const id = '0b8e2f4c-7a1d-4e3b-9c5f-2d6a8b0c1e7f';
    expect(journal.has(id)).toBe(false);
    const draft = journal.create({
      basketId: id,
      environment: 'training',
      target: { kind: 'terminal', terminalId: 'AV0000000001' },
      tillNumber: 1,
      totalKurus: 3000,
      basket: { ...basket, basketID: id },
      cashierId: null,
    });
    expect(journal.has(id)).toBe(true);
    const sale = saleResultSchema.parse({ status: 0, message: 'OK', receiptNo: 4, zNo: 1, paymentItems: [] });
    journal.update('training', id, { ...draft.machine, state: 'paid', sale }, 'webhook:BASKET_COMPLETED', null);
    expect(journal.recentlySettled('training', 60_000).map((entry) => entry.basketId)).toEqual([id]);
    expect(journal.recentlySettled('test:client', 60_000)).toEqual([]);
    clock.t += 60_001;
    expect(journal.recentlySettled('training', 60_000)).toEqual([]);
  });

  it('moves the sale of rows journaled before the whole sale was kept into its columns and payment rows', () => {
    const file = join(tempDir(), 'pos.sqlite');
    const before = { ...checkoutMigrations, migrations: checkoutMigrations.migrations.filter((m) => m.version <= 3) };
    const old = openDatabase({ file, migrations: [before] });
    const id = '6f1c2a7e-2b9a-4c44-9d1e-1f0a4b1d2c40';
    const broken = '6f1c2a7e-2b9a-4c44-9d1e-1f0a4b1d2c41';
    const insert = old.prepare(
      `INSERT INTO checkout_entries (basket_id, environment, target_kind, target_id, check_number, total_kurus, basket_json, state, sale_json, seen, created_at, updated_at)
       VALUES (?, 'training', 'terminal', 'AV0000000001', ?, 3000, '{}', 'paid', ?, 1, 0, 0)`,
    );
    insert.run(id, 10_000_001, JSON.stringify({ status: 0, message: 'OK', receiptNo: 12, zNo: 4, paymentItems: [{ type: 3, amount: 3000, description: 'Kart', operatorId: 62, status: 0 }] }));
    insert.run(broken, 10_000_002, '{not json');
    old.close();

    const { db, journal } = open(file);
    expect(db.prepare('SELECT receipt_no, z_no, sale_status, sale_uuid FROM checkout_entries WHERE basket_id = ?').get(id)).toEqual({
      receipt_no: 12,
      z_no: 4,
      sale_status: 0,
      sale_uuid: null,
    });
    expect(db.prepare('SELECT position, type, amount_kurus, operator_id, batch_no, txn_no FROM checkout_sale_payments WHERE basket_id = ?').all(id)).toEqual([
      { position: 0, type: 3, amount_kurus: 3000, operator_id: 62, batch_no: null, txn_no: null },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM checkout_sale_payments WHERE basket_id = ?').get(broken)).toEqual({ n: 0 });
    expect(journal.get('training', id)?.sale).toMatchObject({ receiptNo: 12, uuid: null, paymentItems: [{ operatorId: 62, batchNo: null, txnNo: null }] });
  });
});
