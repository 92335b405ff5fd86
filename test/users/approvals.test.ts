import { describe, expect, it } from 'vitest';
import { ADMIN_PIN, CASHIER_PIN, failureOf, MANAGER_PIN, REQUEST, usersWithStaff } from './fixtures';

describe('manager approvals', () => {
  it('gives a token for one action that works once and names the approver', async () => {
    const { users, manager, cashier, audit } = await usersWithStaff();
    await users.session.signIn(cashier.id, CASHIER_PIN);
    const approval = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.refund, cashier.id);
    expect(approval).toMatchObject({ action: 'tosla-refund', approverId: manager.id, approverName: 'Mehmet Müdür' });
    expect(approval.expiresAt).toBe('2025-03-14T09:31:30.000Z');

    expect(users.approvals.consume(approval.token, REQUEST.refund)).toEqual({
      userId: manager.id,
      displayName: 'Mehmet Müdür',
      role: 'manager',
    });
    expect((await failureOf(() => users.approvals.consume(approval.token, REQUEST.refund))).code).toBe('auth.approval-invalid');

    const granted = audit.list({ action: 'auth.approval-granted', offset: 0, limit: 5 }).entries[0];
    expect(granted).toMatchObject({
      actorId: cashier.id,
      approverId: manager.id,
      subject: 'ORD-20250314-0001',
      amountKurus: 1000,
      details: { action: 'tosla-refund', approved: { orderId: 'ORD-20250314-0001', amountKurus: 1000 } },
    });
  });

  it('refuses a token used for another action, and burns it', async () => {
    const { users, manager } = await usersWithStaff();
    const approval = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.lineVoid, null);
    const wrong = await failureOf(() => users.approvals.consume(approval.token, REQUEST.refund));
    expect(wrong.code).toBe('auth.approval-invalid');
    expect(wrong.messageTr).toContain('onay');
    expect((await failureOf(() => users.approvals.consume(approval.token, REQUEST.lineVoid))).code).toBe('auth.approval-invalid');
  });

  it('refuses a token after it has expired', async () => {
    const { users, manager, advance } = await usersWithStaff({ approvalTtlMs: 30_000 });
    const approval = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.force, null);
    advance(30_000);
    const expired = await failureOf(() => users.approvals.consume(approval.token, REQUEST.force));
    expect(expired.code).toBe('auth.approval-expired');
    expect(expired.message).toContain('30 s');
  });

  it('accepts a token just before it expires', async () => {
    const { users, manager, advance } = await usersWithStaff({ approvalTtlMs: 30_000 });
    const approval = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.force, null);
    advance(29_999);
    expect(users.approvals.consume(approval.token, REQUEST.force).userId).toBe(manager.id);
  });

  it('refuses tokens nobody issued', async () => {
    const { users } = await usersWithStaff();
    expect((await failureOf(() => users.approvals.consume('x'.repeat(43), REQUEST.createZeynep))).code).toBe('auth.approval-invalid');
  });

  it('lets only users holding the permission approve, and never a cashier', async () => {
    const { users, manager, cashier, admin } = await usersWithStaff();
    const managerSettings = await failureOf(() => users.approvals.request(manager.id, MANAGER_PIN, REQUEST.createZeynep, null));
    expect(managerSettings.code).toBe('auth.not-permitted');
    expect(managerSettings.message).toContain('Mehmet Müdür');

    users.service.update(cashier.id, { permissions: ['line-void'] }, undefined);
    expect((await failureOf(() => users.approvals.request(cashier.id, CASHIER_PIN, REQUEST.lineVoid, null))).code).toBe(
      'auth.not-permitted',
    );
    expect((await users.approvals.request(admin.id, ADMIN_PIN, REQUEST.createZeynep, null)).approverId).toBe(admin.id);
  });

  it('stops honouring a token once its approver is deactivated or loses the permission', async () => {
    const { users, manager } = await usersWithStaff();
    const refund = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.refund, null);
    const voiding = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.void, null);
    users.service.update(manager.id, { permissions: ['tosla-void'] }, undefined);
    expect((await failureOf(() => users.approvals.consume(refund.token, REQUEST.refund))).code).toBe('auth.not-permitted');
    users.service.deactivate(manager.id, undefined);
    expect((await failureOf(() => users.approvals.consume(voiding.token, REQUEST.void))).code).toBe('auth.user-inactive');
    expect((await failureOf(() => users.approvals.request(manager.id, MANAGER_PIN, REQUEST.void, null))).code).toBe(
      'auth.user-inactive',
    );
  });

  it('voids outstanding tokens when the till user signs out or changes', async () => {
    const { users, manager, cashier } = await usersWithStaff();
    await users.session.signIn(cashier.id, CASHIER_PIN);
    const approval = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.lineVoid, cashier.id);
    users.session.refresh();
    const kept = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.price, cashier.id);
    users.session.signOut();
    expect((await failureOf(() => users.approvals.consume(approval.token, REQUEST.lineVoid))).code).toBe('auth.approval-invalid');
    expect((await failureOf(() => users.approvals.consume(kept.token, REQUEST.price))).code).toBe('auth.approval-invalid');
  });

  it('survives a refresh of the same till user', async () => {
    const { users, manager, cashier } = await usersWithStaff();
    await users.session.signIn(cashier.id, CASHIER_PIN);
    const approval = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.lineVoid, cashier.id);
    users.session.refresh();
    expect(users.approvals.consume(approval.token, REQUEST.lineVoid).userId).toBe(manager.id);
  });
});
