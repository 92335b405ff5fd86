import { describe, expect, it } from 'vitest';
import { istanbulDateNumber } from '../../src/main/core/tosla/istanbulTime';
import { failureOf, MANAGER_PIN, usersWithStaff } from '../users/fixtures';
import { coreWithStaff, errorCode, value } from './staff';

/**
 * Finding: a `tosla-refund` approval refunded a different order for its full amount.
 * An approval now names what it approves and is refused for anything else.
 */
describe('approvals are bound to what they approve', () => {
  it('refuses a refund approval used for another order or another amount, and burns it', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('cashier');
    const today = istanbulDateNumber(Date.now());
    const approved = `ORD-${today}-0001`;
    const other = `ORD-${today}-0002`;

    const forOther = await staff.approval('manager', { action: 'tosla-refund', subject: { orderId: approved, amountKurus: 100 } });
    expect(errorCode(await core.invoke('tosla.refund', { orderId: other, amountKurus: 100, approvalToken: forOther }))).toBe(
      'auth.approval-invalid',
    );
    // Spent by the refused try: the approved refund needs a fresh approval.
    expect(errorCode(await core.invoke('tosla.refund', { orderId: approved, amountKurus: 100, approvalToken: forOther }))).toBe(
      'auth.approval-invalid',
    );

    const forMore = await staff.approval('manager', { action: 'tosla-refund', subject: { orderId: approved, amountKurus: 100 } });
    expect(errorCode(await core.invoke('tosla.refund', { orderId: approved, amountKurus: 5000, approvalToken: forMore }))).toBe(
      'auth.approval-invalid',
    );

    const right = await staff.approval('manager', { action: 'tosla-refund', subject: { orderId: approved, amountKurus: 100 } });
    expect(value(await core.invoke('tosla.refund', { orderId: approved, amountKurus: 100, approvalToken: right }))).toMatchObject({
      orderId: approved,
      amountKurus: 100,
      status: 'succeeded',
      approverId: staff.ids.manager,
    });

    // Only managers and admins read the log; it names what was approved and what was tried.
    await staff.signIn('manager');
    const log = value<{ entries: { action: string; outcome: string; subject: string; details: Record<string, unknown> }[] }>(
      await core.invoke('audit.list', { action: 'auth', limit: 50 }),
    ).entries;
    expect(log.find((row) => row.action === 'auth.approval-granted')).toMatchObject({
      subject: approved,
      details: { action: 'tosla-refund', approved: { orderId: approved, amountKurus: 100 } },
    });
    expect(log.filter((row) => row.action === 'auth.approval-rejected').map((row) => row.outcome)).toEqual([
      'wrong-subject',
      'wrong-subject',
    ]);
    expect(log.find((row) => row.action === 'auth.approval-rejected' && row.subject === other)).toMatchObject({
      details: { tried: { orderId: other, amountKurus: 100 }, granted: { orderId: approved, amountKurus: 100 } },
    });
  });

  it('binds a forced outcome to its basket and outcome', async () => {
    const { users, manager } = await usersWithStaff();
    const basketId = '5b0e6c38-9a0f-4d5c-8f7e-1c2d3e4f5a6b';
    const paid = await users.approvals.request(manager.id, MANAGER_PIN, { action: 'force-outcome', subject: { basketId, outcome: 'paid' } }, null);
    const declined = await failureOf(() =>
      users.approvals.consume(paid.token, { action: 'force-outcome', subject: { basketId, outcome: 'declined' } }),
    );
    expect(declined.code).toBe('auth.approval-invalid');
    const again = await users.approvals.request(manager.id, MANAGER_PIN, { action: 'force-outcome', subject: { basketId, outcome: 'paid' } }, null);
    const elsewhere = await failureOf(() =>
      users.approvals.consume(again.token, { action: 'force-outcome', subject: { basketId: 'another-basket', outcome: 'paid' } }),
    );
    expect(elsewhere.code).toBe('auth.approval-invalid');
  });

  it('binds a device-basket approval to its basket and its action', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('cashier');
    const unlock = await staff.approval('manager', { action: 'device-basket-unlock', subject: { basketId: 'theirs-1' } });
    expect(errorCode(await core.invoke('checkout.deleteDeviceBasket', { basketId: 'theirs-1', approvalToken: unlock }))).toBe(
      'auth.approval-invalid',
    );
  });

  it('never offers or accepts an approver who may not approve exactly this request', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('cashier');
    const refund = { action: 'tosla-refund', subject: { orderId: 'ORD-1', amountKurus: 100 } };
    const approvers = value<{ id: string }[]>(await core.invoke('users.approvers', { request: refund }));
    expect(approvers.map((user) => user.id).sort()).toEqual([staff.ids.admin, staff.ids.manager].sort());

    const settings = { action: 'settings', subject: { operation: 'users.create', target: 'Zeynep' } };
    expect(value<{ id: string }[]>(await core.invoke('users.approvers', { request: settings })).map((u) => u.id)).toEqual([
      staff.ids.admin,
    ]);
    expect(errorCode(await core.invoke('users.requestApproval', { approverId: staff.ids.cashier, pin: '7391', request: refund }))).toBe(
      'auth.not-permitted',
    );
  });
});
