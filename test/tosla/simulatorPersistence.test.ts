import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dateNumberToIso, istanbulDateNumber } from '../../src/main/core/tosla/istanbulTime';
import type { ToslaSimulator } from '../../src/main/simulators/tosla/server';
import { startToslaSimulator } from '../../src/main/simulators/tosla/server';
import { startTestCore } from '../helpers/core';
import { tempDir } from '../helpers/tmp';
import { ManualClock } from './toslaFixture';

const NOON_ISTANBUL = Date.parse('2025-03-14T09:00:00Z');
const DAY = 86_400_000;

const running: ToslaSimulator[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()?.close();
});

async function start(stateFile: string, clock: ManualClock) {
  const simulator = await startToslaSimulator({ clock, stateFile });
  running.push(simulator);
  return simulator;
}

describe('Tosla simulator state file (training mode)', () => {
  it('keeps the books across a restart, and a new day brings that day’s orders', async () => {
    const clock = new ManualClock(NOON_ISTANBUL);
    const file = join(tempDir(), 'training', 'tosla-simulator.json');
    const first = await start(file, clock);
    expect(first.ledger.orders()).toHaveLength(32);
    expect(first.ledger.refund('ORD-20250313-0001', 300, 'op-1', { sameDay: 'allowed' }).code).toBe(0);
    expect(first.ledger.void('ORD-20250314-0001', 'op-2').code).toBe(0);
    await first.close();
    running.pop();

    const second = await start(file, clock);
    expect(second.ledger.orders()).toHaveLength(32);
    expect(second.ledger.order('ORD-20250313-0001')?.original.refundedAmount).toBe(300);
    expect(second.ledger.order('ORD-20250314-0001')?.children.map((c) => [c.transactionType, c.echo])).toEqual([[4, 'op-2']]);
    // Transaction ids go on from where they were.
    const ids = second.ledger.records().map((r) => r.transactionId);
    expect(new Set(ids).size).toBe(ids.length);
    await second.close();
    running.pop();

    clock.advance(DAY);
    const third = await start(file, clock);
    expect(third.ledger.orders()).toHaveLength(40);
    expect(third.ledger.order('ORD-20250315-0001')).toBeDefined();
    expect(third.ledger.order('ORD-20250313-0001')?.original.refundedAmount).toBe(300);
  });

  it('sets an unreadable file aside and starts fresh', async () => {
    const dir = tempDir();
    const file = join(dir, 'tosla-simulator.json');
    writeFileSync(file, '{"format":1,"orders":"not a list"}');
    const simulator = await start(file, new ManualClock(NOON_ISTANBUL));
    expect(readdirSync(dir).some((name) => name.startsWith('tosla-simulator.json.unreadable-'))).toBe(true);
    expect(simulator.ledger.orders()).toHaveLength(32);
  });
});

describe('Tosla in training mode', () => {
  it('a training refund is still there after the till restarts', async () => {
    const dir = tempDir();
    const value = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
      if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    const orderId = `ORD-${istanbulDateNumber(Date.now() - DAY)}-0001`;
    const first = await startTestCore(dir);
    const admin = value(await first.invoke('users.bootstrapAdmin', { displayName: 'Ayşe Yılmaz', pin: '482613' })) as { user: { id: string } };
    const approval = value(
      await first.invoke('users.requestApproval', {
        approverId: admin.user.id,
        pin: '482613',
        request: { action: 'tosla-refund', subject: { orderId, amountKurus: 100 } },
      }),
    ) as { token: string };
    value(await first.invoke('tosla.refund', { orderId, amountKurus: 100, approvalToken: approval.token }));
    await first.close();

    const second = await startTestCore(dir);
    // A restart signs everybody out; Tosla's books are for those holding a Tosla permission.
    value(await second.invoke('users.signIn', { id: admin.user.id, pin: '482613' }));
    expect(value(await second.invoke('tosla.lookup', { orderId }))).toMatchObject({ orderId, refundedKurus: 100 });
    const day = value(
      await second.invoke('tosla.listByDate', { date: dateNumberToIso(istanbulDateNumber(Date.now())), pageSize: 50 }),
    ) as { count: number };
    expect(day.count).toBeGreaterThanOrEqual(8);
    expect(readdirSync(join(dir, 'training'))).toContain('tosla-simulator.json');
  });
});
